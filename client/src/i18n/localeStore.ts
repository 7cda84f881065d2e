import { loadCatalog } from './catalogs/loadCatalog.ts';
import { chooseLocale, LOCALE_STORAGE_KEY } from './chooseLocale.ts';
import type { Locale } from './locales.ts';
import { directionOf } from './locales.ts';

/** The page's language: one value for the whole page, remembered per browser in localStorage. */
let current: Locale = chooseLocale(readStored(), navigator.languages ?? [navigator.language]);
/** The language last asked for: it wins over one whose catalog arrives after it. */
let requested: Locale = current;
const listeners = new Set<() => void>();
applyToDocument(current);

export function currentLocale(): Locale {
  return current;
}

export function subscribeToLocale(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

/**
 * Turns the page to another language once its catalog has arrived (`loadCatalog`), so the words,
 * `lang` and `dir` change together: the page never says "right to left" in English words.
 */
export function setLocale(locale: Locale): void {
  requested = locale;
  if (locale === current) return;
  void loadCatalog(locale).then(
    () => {
      // A later choice made while this one loaded wins.
      if (requested === locale) apply(locale);
    },
    () => {
      // The chunk could not be fetched (offline): stay in the language the page is in.
    },
  );
}

function apply(locale: Locale): void {
  if (locale === current) return;
  current = locale;
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Storage refused (private mode, quota): the choice still holds for this page.
  }
  applyToDocument(locale);
  for (const listener of listeners) listener();
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LOCALE_STORAGE_KEY);
  } catch {
    return null;
  }
}

/** `lang` picks fonts, hyphenation and the screen reader's voice; `dir` mirrors the layout for Arabic. */
function applyToDocument(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}
