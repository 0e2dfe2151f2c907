/** The languages Delegate speaks, each named in itself for the language switcher. */
export const LOCALES = [
  { code: 'en', label: 'English' },
  { code: 'tr', label: 'Türkçe' },
  { code: 'it', label: 'Italiano' },
  { code: 'fi', label: 'Suomi' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];

export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale.code === value);

/** The browser's preferred supported language, else English. */
export function browserLocale(): Locale {
  for (const language of navigator.languages ?? [navigator.language]) {
    const code = language.slice(0, 2).toLowerCase();
    if (isLocale(code)) return code;
  }
  return 'en';
}
