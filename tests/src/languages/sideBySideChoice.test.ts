import { textDirection, wordDiff } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { NO_VERSION_COLUMN, versionColumnLanguage } from '../../../client/src/room/versions/versionColumnChoice.ts';

const languages = [
  { tag: 'en', authentic: true },
  { tag: 'ru', authentic: true },
  { tag: 'ar', authentic: false },
];

describe('which version the side-by-side view shows', () => {
  it('starts on the session’s second language, keeps a remembered choice, and shows none when asked', () => {
    expect(versionColumnLanguage(null, languages)).toBe('ru');
    expect(versionColumnLanguage('ar', languages)).toBe('ar');
    expect(versionColumnLanguage(NO_VERSION_COLUMN, languages)).toBeNull();
  });

  it('falls back to the second language when the remembered one left the session, and to none with one language', () => {
    expect(versionColumnLanguage('fr', languages)).toBe('ru');
    // The language of negotiation is the original, never its own version.
    expect(versionColumnLanguage('en', languages)).toBe('ru');
    expect(versionColumnLanguage(null, [{ tag: 'en', authentic: true }])).toBeNull();
  });
});

describe('the direction of a version’s text', () => {
  it('is right to left for Arabic, Persian, Hebrew and Urdu, and for a tag written in Arabic script', () => {
    for (const tag of ['ar', 'ar-EG', 'fa', 'he', 'ur', 'az-Arab']) expect(textDirection(tag), tag).toBe('rtl');
  });

  it('is left to right for English, Russian, Chinese, and for a tag it cannot read', () => {
    for (const tag of ['en', 'ru', 'zh-Hans', 'az-Latn', 'not a tag']) expect(textDirection(tag), tag).toBe('ltr');
  });
});

describe('the words of the original changed since a version was aligned', () => {
  it('are whole words in English, and words (not the whole sentence) in Chinese', () => {
    expect(wordDiff('share the waters equitably', 'share the waters fairly', 'en')).toEqual([
      { value: 'share the waters ' },
      { value: 'equitably', removed: true },
      { value: 'fairly', added: true },
    ]);
    const chinese = wordDiff('双方应公平分享河水', '双方应合理分享河水', 'zh');
    expect(chinese.filter((part) => part.removed).map((part) => part.value)).toEqual(['公平']);
    expect(chinese.filter((part) => part.added).map((part) => part.value)).toEqual(['合理']);
  });
});
