import type { Locale } from '../locales.ts';
import type { Catalog } from './english.ts';
import { english } from './english.ts';

/**
 * The catalogs the page holds: English is in the main bundle; each other language is its own chunk,
 * fetched when the page first turns to it (about 12 kB gzipped each, rather than 60 kB for all five
 * on every first load).
 */
const loaded = new Map<Locale, Catalog>([['en', english]]);

const IMPORTS: Readonly<Record<Exclude<Locale, 'en'>, () => Promise<{ catalog: Catalog }>>> = {
  ar: () => import('./byLocale/ar.ts'),
  es: () => import('./byLocale/es.ts'),
  fr: () => import('./byLocale/fr.ts'),
  ru: () => import('./byLocale/ru.ts'),
  zh: () => import('./byLocale/zh.ts'),
};

/** The language's catalog if the page holds it already, else null. */
export function loadedCatalog(locale: Locale): Catalog | null {
  return loaded.get(locale) ?? null;
}

/** Fetches a language's catalog once; English (and any loaded one) resolves at once. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const held = loaded.get(locale);
  if (held) return held;
  if (locale === 'en') return english;
  const { catalog } = await IMPORTS[locale]();
  loaded.set(locale, catalog);
  return catalog;
}
