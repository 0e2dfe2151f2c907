import { useIntl } from 'react-intl';
import { useAccountSettings } from '../account/use-account-settings';
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
    // The browser's own list: it needs no code of ours to open, reads well on every device, and
    // (a plain element, styled in styles.css) adds nothing to the first page's JavaScript.
    <select
      className="delegate-language-select"
      aria-label={intl.formatMessage({ id: 'common.language' })}
      data-testid="language-switcher"
      value={locale}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (!isLocale(value)) return;
        setLocale(value);
        if (viewer) void updateAccount({ locale: value }).catch(() => undefined);
      }}
    >
      {LOCALES.map(({ code, label }) => (
        <option key={code} value={code}>
          {label}
        </option>
      ))}
    </select>
  );
}
