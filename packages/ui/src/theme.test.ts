import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, readableShade, theme } from './theme';

const light = cssVariablesResolver({ ...DEFAULT_THEME, ...theme } as never).light;

describe('theme contrast (WCAG 2.1 AA, 4.5:1)', () => {
  it.each(Object.keys(DEFAULT_THEME.colors))(
    'makes %s text readable on white and on its light background, hovered too',
    (name) => {
      const palette = DEFAULT_THEME.colors[name as keyof typeof DEFAULT_THEME.colors];
      expect(contrastRatio(light[`--mantine-color-${name}-text`] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(light[`--mantine-color-${name}-outline`] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      for (const background of [palette?.[1], palette?.[2]]) {
        expect(
          contrastRatio(light[`--mantine-color-${name}-light-color`] as string, background ?? ''),
        ).toBeGreaterThanOrEqual(4.5);
      }
    },
  );

  it('keeps dimmed text, errors and the primary colour readable', () => {
    expect(contrastRatio(light['--mantine-color-dimmed'] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(light['--mantine-color-error'] as string, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const primary = DEFAULT_THEME.colors.indigo[7];
    expect(contrastRatio(primary, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps a shade that is readable already, and darkens one that no shade makes readable', () => {
    expect(readableShade(DEFAULT_THEME.colors.gray, '#ffffff')).toBe(DEFAULT_THEME.colors.gray[7]);
    const yellow = readableShade(DEFAULT_THEME.colors.yellow, DEFAULT_THEME.colors.yellow[1]);
    expect(DEFAULT_THEME.colors.yellow).not.toContain(yellow);
    expect(contrastRatio(yellow, DEFAULT_THEME.colors.yellow[1])).toBeGreaterThanOrEqual(4.5);
  });
});
