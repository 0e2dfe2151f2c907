import { NativeSelect } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useAccountSettings } from '../account/use-account';
import { useViewer } from '../account/use-viewer';
import { useLocale } from './I18nProvider';
import { isLocale, LOCALES } from './locales';

/** Switches the interface language; a signed-in account also keeps it (for e-mails too). */
export function LanguageSwitcher() {
  const intl = useIntl();
  const { locale, setLocale } = useLocale();
  const { viewer } = useViewer();
  const { updateAccount } = useAccountSettings();
  return (
    // The browser's own list: it needs no code of ours to open, and reads well on every device.
    <NativeSelect
      aria-label={intl.formatMessage({ id: 'common.language' })}
      data-testid="language-switcher"
      data={LOCALES.map(({ code, label }) => ({ value: code, label }))}
      value={locale}
      w={130}
      size="sm"
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isLocale(value)) return;
        setLocale(value);
        if (viewer) void updateAccount({ locale: value }).catch(() => undefined);
      }}
    />
  );
}
