/**
 * Languages businesses hire VAs to work in, as ISO 639-1 codes; the apps name them with
 * `Intl.DisplayNames` in the reader's language. VA profiles and job posts pick from the same list,
 * so a job's language can always be matched.
 */
export const WORK_LANGUAGES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'nl',
  'tr',
  'fi',
  'sv',
  'pl',
  'ar',
  'hi',
  'ur',
  'tl',
  'sw',
  'vi',
  'id',
  'ja',
  'zh',
  'ko',
  'ru',
  'uk',
  'ro',
  'el',
] as const;
