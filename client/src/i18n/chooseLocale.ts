import type { Locale } from './locales.ts';
import { DEFAULT_LOCALE, isLocale } from './locales.ts';

/** Where this browser remembers the language its reader chose. */
export const LOCALE_STORAGE_KEY = 'parley.locale';

/**
 * The language to show: the one chosen before in this browser, else the first of the browser's own
 * languages that is one of the six ("fr-CA" counts as French, "zh-Hant-TW" as Chinese), else English.
 */
export function chooseLocale(stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}
