import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { IntlProvider } from 'react-intl';
import { english } from './catalogs/english.ts';
import { loadedCatalog } from './catalogs/loadCatalog.ts';
import { currentLocale, subscribeToLocale } from './localeStore.ts';
import { DEFAULT_LOCALE } from './locales.ts';

/**
 * Gives every screen below the chosen language's catalog, and re-renders them when it changes. The
 * page only turns to a language once its catalog is here (`setLocale`, and `main.tsx` for the first
 * paint); English, in the main bundle, stands in should a chunk ever fail to arrive.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeToLocale, currentLocale);
  const messages = loadedCatalog(locale);
  return (
    <IntlProvider
      locale={messages ? locale : DEFAULT_LOCALE}
      defaultLocale={DEFAULT_LOCALE}
      messages={messages ?? english}
    >
      {children}
    </IntlProvider>
  );
}
