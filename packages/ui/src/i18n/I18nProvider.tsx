import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { browserLocale, isLocale, type Locale } from './locales';
import en from './messages/en.json';
import fi from './messages/fi.json';
import it from './messages/it.json';
import tr from './messages/tr.json';

export type MessageId = keyof typeof en;

const catalogs: Record<Locale, Record<MessageId, string>> = { en, tr, it, fi };
const STORAGE_KEY = 'delegate.locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** Whether someone picked the language on this device (rather than it coming from the browser). */
  chosenOnDevice(): boolean;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : browserLocale();
}

/** ICU messages through react-intl; the choice is remembered on this device. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(
    () => ({ locale, setLocale, chosenOnDevice: () => isLocale(globalThis.localStorage?.getItem(STORAGE_KEY)) }),
    [locale, setLocale],
  );
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} messages={catalogs[locale]} defaultLocale="en">
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): LocaleContextValue {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useLocale must be used inside I18nProvider');
  return context;
}

export { catalogs };
