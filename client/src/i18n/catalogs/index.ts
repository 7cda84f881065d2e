import type { Locale } from '../locales.ts';
import { catalog as ar } from './byLocale/ar.ts';
import { catalog as es } from './byLocale/es.ts';
import { catalog as fr } from './byLocale/fr.ts';
import { catalog as ru } from './byLocale/ru.ts';
import { catalog as zh } from './byLocale/zh.ts';
import type { Catalog } from './english.ts';
import { english } from './english.ts';

export type { Catalog, MessageKey } from './english.ts';

/** Every language's messages at once (ICU MessageFormat): for tests and tools; the page loads one language at a time (`loadCatalog.ts`). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { ar, en: english, es, fr, ru, zh };
