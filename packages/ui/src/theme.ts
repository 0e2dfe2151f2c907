import {
  type CSSVariablesResolver,
  createTheme,
  DEFAULT_THEME,
  darken,
  luminance,
  type MantineThemeOverride,
  mergeThemeOverrides,
} from '@mantine/core';

/** WCAG 2.1 AA for body text: 4.5:1 (1.4.3). */
const TEXT_CONTRAST = 4.5;

export const theme = createTheme({
  primaryColor: 'indigo',
  // Indigo 7 carries white text and reads as a link on white at AA; 6 does not.
  primaryShade: { light: 7, dark: 8 },
  // Filled buttons and badges take black or white text, whichever contrasts more with their colour
  // (0.179 is the luminance at which both contrast equally).
  autoContrast: true,
  luminanceThreshold: 0.179,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  // Plain objects, not `Component.extend`: the theme loads with the first page, and importing the
  // components themselves here would put them (and what they use) into that first download.
  components: {
    // A link inside text is told apart by more than its colour (WCAG 1.4.1).
    Anchor: { defaultProps: { underline: 'always' } },
    // A wide table scrolls sideways: its scrolling area takes keyboard focus, so arrow keys scroll it (WCAG 2.1.1).
    TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } },
  },
});

/** The theme with words screen readers need in the reader's language (the close buttons of notifications and dialogs). */
export function localizedTheme(dismissLabel: string): MantineThemeOverride {
  const named = { defaultProps: { closeButtonProps: { 'aria-label': dismissLabel } } };
  return mergeThemeOverrides(theme, {
    components: { Notification: named, Modal: named, Drawer: named },
  });
}

export function contrastRatio(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The lightest shade of a palette (from its 6th) that is readable on `background`, darkened further if none is. */
export function readableShade(palette: readonly string[], background: string): string {
  const shade = palette.slice(6).find((candidate) => contrastRatio(candidate, background) >= TEXT_CONTRAST);
  if (shade) return shade;
  // Darker by steps, down to black at most (black on a light background always reads).
  let darker = palette[9] as string;
  for (let step = 0; step < 20 && contrastRatio(darker, background) < TEXT_CONTRAST; step++) {
    darker = darken(darker, 0.05);
  }
  return contrastRatio(darker, background) < TEXT_CONTRAST ? '#000000' : darker;
}

/**
 * Mantine's default palette draws coloured text (`c="green"`, light and outline badges, errors,
 * dimmed text) below AA contrast for several colours; these variables make every one readable, for
 * every page at once. Dark mode keeps Mantine's values.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': DEFAULT_THEME.colors.gray[7],
    '--mantine-color-error': readableShade(DEFAULT_THEME.colors.red, '#ffffff'),
  };
  for (const [name, palette] of Object.entries(DEFAULT_THEME.colors)) {
    const onWhite = readableShade(palette, '#ffffff');
    light[`--mantine-color-${name}-text`] = onWhite;
    light[`--mantine-color-${name}-outline`] = onWhite;
    // Light variants sit on shade 1, and on shade 2 while hovered (an active nav link under the pointer).
    light[`--mantine-color-${name}-light-color`] = readableShade(palette, palette[2] as string);
  }
  return { variables: {}, light, dark: {} };
};
