import { getAlpha2Codes } from 'i18n-iso-countries';
import { useMemo } from 'react';
import { useIntl } from 'react-intl';

/** Countries in the reader's language: options for a select, sorted by name, and a name for a code. */
export function useCountries() {
  const { locale } = useIntl();
  return useMemo(() => {
    const regions = new Intl.DisplayNames([locale], { type: 'region' });
    const name = (code: string) => regions.of(code) ?? code;
    return {
      options: Object.keys(getAlpha2Codes())
        .map((code) => ({ value: code, label: name(code) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
      name,
    };
  }, [locale]);
}
