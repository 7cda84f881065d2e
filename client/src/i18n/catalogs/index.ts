import type { Locale } from '../locales.ts';
import { ar } from './ar.ts';
import type { Catalog } from './en.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ru } from './ru.ts';
import { zh } from './zh.ts';

/** Every language's messages (ICU MessageFormat), all bundled: together they weigh a few kilobytes. */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { ar, en, es, fr, ru, zh };
