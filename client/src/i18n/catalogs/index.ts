import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import type { Catalog } from './en.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** Every language's messages (ICU MessageFormat), all bundled (about 11 kB gzipped together; per-language loading can come when they grow). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { ar, en, es, fr, ru, zh };
