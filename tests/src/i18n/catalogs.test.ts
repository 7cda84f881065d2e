import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../../client/src/i18n/catalogs/index.ts';
import { chooseLocale } from '../../../client/src/i18n/chooseLocale.ts';
import { LOCALES } from '../../../client/src/i18n/locales.ts';

const english: Record<string, string> = CATALOGS.en;
const others = LOCALES.filter((locale) => locale !== 'en');

/**
 * Messages spelt the same as in English on purpose, as `locale:key` (a word both languages share) or
 * `*:key` (a format's own name, the same everywhere).
 */
const SAME_AS_ENGLISH = new Set<string>([
  // Closing: a name and its party need no words; "provisional" is Spanish too.
  '*:closing.initialled',
  'es:closing.provisionalBadge',
  'fr:landing.parties.legend',
  '*:room.export.docx',
  '*:room.export.md',
  '*:room.export.akn',
  // The room: "Option" is French too; "ad ref." is the Latin of treaty practice in French and Spanish.
  'fr:option.number',
  'fr:signoff.adRefShort',
  'es:signoff.adRefShort',
  // The revisions view: "Article" is French too.
  'fr:revisions.diff.article',
  // Punctuation between listed brackets and option labels: the same mark in the Latin and Cyrillic scripts.
  '*:rule.open.bracketSeparator',
  '*:rule.open.labelSeparator',
  // A notice's person: a name and a seat in brackets, the same marks in the Latin, Cyrillic and Arabic scripts.
  '*:notice.person',
]);

/** The placeholders a message uses ({name}, {count, plural, …}), which every translation must keep. */
function argumentsOf(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    ) {
      into.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    } else if (element.type === TYPE.tag) {
      argumentsOf(element.children, into);
    }
  }
  return into;
}

describe('the interface catalogs', () => {
  it('English has messages, and every one of them parses as ICU MessageFormat', () => {
    expect(Object.keys(english).length).toBeGreaterThan(40);
    for (const [key, message] of Object.entries(english)) {
      expect(() => parse(message), key).not.toThrow();
    }
  });

  it.each(others)(
    '%s has every English key, non-empty, translated, with the same placeholders, and no other key',
    (locale) => {
      const catalog: Record<string, string> = CATALOGS[locale];
      const missing = Object.keys(english).filter((key) => (catalog[key] ?? '').trim() === '');
      const extra = Object.keys(catalog).filter((key) => !(key in english));
      expect(missing, `missing in ${locale}`).toEqual([]);
      expect(extra, `in ${locale} but not in English`).toEqual([]);
      for (const [key, message] of Object.entries(catalog)) {
        const parsed = parse(message);
        expect([...argumentsOf(parsed)].sort(), `${locale} ${key}`).toEqual(
          [...argumentsOf(parse(english[key] ?? ''))].sort(),
        );
        if (!SAME_AS_ENGLISH.has(`${locale}:${key}`) && !SAME_AS_ENGLISH.has(`*:${key}`))
          expect(message, `${locale} ${key} is still English`).not.toBe(english[key]);
      }
    },
  );

  it('plurals give Arabic and Russian every form their grammar has', () => {
    const needs = { ar: ['zero', 'one', 'two', 'few', 'many', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;
    for (const [locale, forms] of Object.entries(needs) as [keyof typeof needs, readonly string[]][]) {
      for (const message of Object.values(CATALOGS[locale])) {
        for (const element of parse(message)) {
          // Exact matches (=0) come on top of the language's forms, which must all be there.
          if (element.type === TYPE.plural) {
            const categories = Object.keys(element.options).filter((option) => !option.startsWith('='));
            expect(categories.sort()).toEqual([...forms].sort());
          }
        }
      }
    }
  });
});

describe('the language a page starts in', () => {
  it('is the one chosen before in this browser, else the browser’s first of the six, else English', () => {
    expect(chooseLocale('ar', ['en-US'])).toBe('ar');
    expect(chooseLocale('xx', ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(chooseLocale(null, ['zh-Hant-TW'])).toBe('zh');
    expect(chooseLocale(null, ['en-US'])).toBe('en');
    expect(chooseLocale(null, ['de', 'pt-BR'])).toBe('en');
    expect(chooseLocale(null, [])).toBe('en');
  });
});
