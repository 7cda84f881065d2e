import { describe, expect, it } from 'vitest';
import type { DiffPart } from '../protocol/DiffPart.ts';
import { textDirection } from './textDirection.ts';
import { wordDiff } from './wordDiff.ts';
import { wordSplitter } from './wordSplitter.ts';

const text = (parts: readonly DiffPart[], keep: 'before' | 'after') =>
  parts
    .filter((part) => (keep === 'before' ? !part.added : !part.removed))
    .map((part) => part.value)
    .join('');
const added = (parts: readonly DiffPart[]) => parts.filter((p) => p.added).map((p) => p.value.trim());
const removed = (parts: readonly DiffPart[]) => parts.filter((p) => p.removed).map((p) => p.value.trim());

/**
 * Both texts read back from the diff, whatever it marks. Spacing aside: jsdiff's word diff treats a
 * change of spaces alone as no change, and an unchanged run carries the newer text's spacing.
 */
function readsBack(before: string, after: string, language?: string): DiffPart[] {
  const parts = wordDiff(before, after, language);
  const spaced = (words: string) => words.replace(/\s+/g, ' ').trim();
  expect(spaced(text(parts, 'before'))).toBe(spaced(before));
  expect(spaced(text(parts, 'after'))).toBe(spaced(after));
  return parts;
}

describe('wordDiff', () => {
  it('marks whole words added and removed, and both texts read back from the diff', () => {
    const parts = readsBack(
      'The Parties shall meet annually in Geneva.',
      'The Parties shall meet twice a year in Vienna.',
    );
    expect(added(parts)).toEqual(['twice a year', 'Vienna']);
    expect(removed(parts)).toEqual(['annually', 'Geneva']);
  });

  it('never splits a word at the edge of the common start or end', () => {
    expect(wordDiff('shall cooperate', 'shall coordinate')).toEqual([
      { value: 'shall ' },
      { value: 'cooperate', removed: true },
      { value: 'coordinate', added: true },
    ]);
    expect(wordDiff('same words', 'same words')).toEqual([{ value: 'same words' }]);
    expect(wordDiff('', 'new')).toEqual([{ value: 'new', added: true }]);
    expect(wordDiff('', '')).toEqual([]);
    // A full stop stays with the words it ends.
    const appended = wordDiff('Ruritania writes.', 'Ruritania writes. Borduria answers.');
    expect(added(appended)).toEqual(['Borduria answers.']);
  });

  it('splits a Chinese sentence into words: one changed word is one change, not the sentence nor its characters', () => {
    const parts = readsBack('双方应每年在日内瓦举行会议。', '双方应每年在维也纳举行会议。', 'zh');
    expect(removed(parts)).toEqual(['日内瓦']);
    expect(added(parts)).toEqual(['维也纳']);
    // The words around the change are kept as they were.
    expect(parts.filter((p) => !p.added && !p.removed).map((p) => p.value)).toEqual(['双方应每年在', '举行会议。']);
  });

  it('a longer Chinese clause: the changed word alone, however far into the text', () => {
    const before = '缔约双方应当加强边境地区的合作与交流，并定期举行会议。';
    const after = '缔约双方应当加强边境地区的安全与交流，并定期举行会议。';
    const parts = readsBack(before, after, 'zh');
    expect(removed(parts)).toEqual(['合作']);
    expect(added(parts)).toEqual(['安全']);
  });

  it('Japanese, Arabic and Russian are diffed word by word', () => {
    const japanese = readsBack('両当事者は毎年ジュネーブで会合する。', '両当事者は毎年ウィーンで会合する。', 'ja');
    expect(removed(japanese)).toEqual(['ジュネーブ']);
    expect(added(japanese)).toEqual(['ウィーン']);
    const arabic = readsBack('يجتمع الطرفان سنويا في جنيف.', 'يجتمع الطرفان سنويا في فيينا.', 'ar');
    expect(removed(arabic)).toEqual(['جنيف']);
    expect(added(arabic)).toEqual(['فيينا']);
    const russian = readsBack('Стороны ежегодно встречаются в Женеве.', 'Стороны ежегодно встречаются в Вене.', 'ru');
    expect(removed(russian)).toEqual(['Женеве']);
    expect(added(russian)).toEqual(['Вене']);
  });

  it('reads back any pair of texts, in any language (edges cut inside words and surrogate pairs)', () => {
    const pairs: [string, string, string][] = [
      ['cooperation', 'coordination', 'en'],
      ['abc', 'abc def', 'en'],
      ['边境地区', '边境', 'zh'],
      ['𠀀𠀁 text', '𠀀𠀂 text', 'zh'],
      ['在日内瓦', '在日内瓦和维也纳', 'zh'],
      ['Стороны', '', 'ru'],
    ];
    for (const [before, after, language] of pairs) readsBack(before, after, language);
  });
});

describe('wordSplitter', () => {
  const pieces = (language: string, text: string) => [...wordSplitter(language).segment(text)].map((p) => p.segment);

  it('splits spaced scripts at spaces and marks, keeping every letter of a word together (Cyrillic, vowelled Arabic)', () => {
    expect(pieces('ru', 'Стороны, встречаются')).toEqual(['Стороны', ',', ' ', 'встречаются']);
    expect(pieces('ar', 'يَجتمعُ الطرفانِ')).toEqual(['يَجتمعُ', ' ', 'الطرفانِ']);
    expect(pieces('en', "Parties' 2027")).toEqual(['Parties', "'", ' ', '2027']);
  });

  it('splits Chinese and Japanese into dictionary words', () => {
    expect(pieces('zh', '双方应每年在日内瓦举行会议')).toEqual(['双方', '应', '每年', '在', '日内瓦', '举行', '会议']);
    expect(pieces('ja', '両当事者は毎年')).toEqual(['両', '当事者', 'は', '毎年']);
  });
});

describe('textDirection', () => {
  it('reads the direction from the language’s script', () => {
    expect(['ar', 'fa', 'he', 'ur', 'ar-EG', 'az-Arab'].map(textDirection)).toEqual(Array(6).fill('rtl'));
    expect(['en', 'ru', 'zh', 'ja', 'fr', 'es', 'az'].map(textDirection)).toEqual(Array(7).fill('ltr'));
  });
});
