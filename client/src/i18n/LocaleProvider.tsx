import type { ReactNode } from 'react';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { IntlProvider } from 'react-intl';
import type { Catalog } from './catalogs/english.ts';
import { english } from './catalogs/english.ts';
import { loadCatalog, loadedCatalog } from './catalogs/loadCatalog.ts';
import { currentLocale, subscribeToLocale } from './localeStore.ts';
import type { Locale } from './locales.ts';
import { DEFAULT_LOCALE } from './locales.ts';

/**
 * Gives every screen below the chosen language's catalog, and re-renders them when it changes. A
 * language the page does not hold yet is fetched first (`main.tsx` waits for the first one); until it
 * arrives the page stays in the language it was in, rather than flashing English.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const wanted = useSyncExternalStore(subscribeToLocale, currentLocale);
  const [shown, setShown] = useState<{ locale: Locale; messages: Catalog }>(() => {
    const held = loadedCatalog(wanted);
    return held ? { locale: wanted, messages: held } : { locale: DEFAULT_LOCALE, messages: english };
  });
  useEffect(() => {
    let current = true;
    void loadCatalog(wanted).then((messages) => {
      if (current) setShown({ locale: wanted, messages });
    });
    return () => {
      current = false;
    };
  }, [wanted]);
  return (
    <IntlProvider locale={shown.locale} defaultLocale={DEFAULT_LOCALE} messages={shown.messages}>
      {children}
    </IntlProvider>
  );
}
