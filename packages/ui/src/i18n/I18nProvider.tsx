import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { IntlProvider } from 'react-intl';
import { browserLocale, isLocale, type Locale } from './locales';
import type en from './messages/en.json';
import enUrl from './messages/en.json?url';
import fiUrl from './messages/fi.json?url';
import itUrl from './messages/it.json?url';
import trUrl from './messages/tr.json?url';

export type MessageId = keyof typeof en;
type Catalog = Record<string, string>;

/**
 * Each language's messages are a file of their own, fetched as JSON (data, parsed faster than the
 * same object as JavaScript): a reader downloads only theirs.
 */
const catalogUrls: Record<Locale, string> = { en: enUrl, tr: trUrl, it: itUrl, fi: fiUrl };

async function loadCatalog(locale: Locale): Promise<Catalog> {
  const response = await fetch(catalogUrls[locale]);
  if (!response.ok) throw new Error(`The ${locale} messages did not load (HTTP ${response.status}).`);
  return response.json();
}
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

/**
 * ICU messages through react-intl; the choice is remembered on this device. Nothing renders until
 * the first catalog has arrived; on a switch, the page keeps its language until the next one has.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Catalog } | null>(null);
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    let current = true;
    const load = (attempt: number): void => {
      loadCatalog(locale).then(
        (messages) => {
          if (current) setLoaded({ locale, messages });
        },
        // A dropped connection: try again, a little later each time.
        () => {
          if (current) setTimeout(() => load(attempt + 1), Math.min(10_000, 500 * 2 ** attempt));
        },
      );
    };
    load(0);
    return () => {
      current = false;
    };
  }, [locale]);
  useEffect(() => {
    if (loaded) document.documentElement.lang = loaded.locale;
  }, [loaded]);
  const value = useMemo(
    () => ({ locale, setLocale, chosenOnDevice: () => isLocale(globalThis.localStorage?.getItem(STORAGE_KEY)) }),
    [locale, setLocale],
  );
  if (!loaded) return null;
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={loaded.locale} messages={loaded.messages} defaultLocale="en">
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
