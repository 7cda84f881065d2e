import type { ReactNode } from 'react';
import { useSyncExternalStore } from 'react';
import { IntlProvider } from 'react-intl';
import { CATALOGS } from './catalogs/index.ts';
import { currentLocale, subscribeToLocale } from './localeStore.ts';
import { DEFAULT_LOCALE } from './locales.ts';

/** Gives every screen below the chosen language's catalog, and re-renders them when it changes. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeToLocale, currentLocale);
  return (
    <IntlProvider locale={locale} defaultLocale={DEFAULT_LOCALE} messages={CATALOGS[locale]}>
      {children}
    </IntlProvider>
  );
}
