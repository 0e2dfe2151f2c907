import { useEffect } from 'react';
import { useLocale } from '../i18n/I18nProvider';
import { isLocale } from '../i18n/locales';
import { useAccountSettings } from './use-account-settings';
import { useViewer } from './use-viewer';

/**
 * Keeps the interface language and the account's language (used for e-mails) in step:
 * a language picked on this device wins and is saved; otherwise the account's applies.
 */
export function useAccountLocaleSync(): void {
  const { viewer } = useViewer();
  const { locale, setLocale, chosenOnDevice } = useLocale();
  const { updateAccount } = useAccountSettings();
  const accountLocale = viewer?.locale;
  useEffect(() => {
    if (!accountLocale || accountLocale === locale) return;
    if (chosenOnDevice()) void updateAccount({ locale }).catch(() => undefined);
    else if (isLocale(accountLocale)) setLocale(accountLocale);
  }, [accountLocale, locale, chosenOnDevice, setLocale, updateAccount]);
}
