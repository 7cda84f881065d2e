import { describe, expect, it } from 'vitest';
import { trimContext } from './trimContext.ts';
import { wordDiff } from './wordDiff.ts';

const text = (parts: readonly { value: string; added?: boolean; removed?: boolean }[], keep: 'before' | 'after') =>
  parts
    .filter((part) => (keep === 'before' ? !part.added : !part.removed))
    .map((part) => part.value)
    .join('');

describe('wordDiff and trimContext', () => {
  it('marks whole words added and removed, and both texts read back from the diff', () => {
    const before = 'The Parties shall meet annually in Geneva.';
    const after = 'The Parties shall meet twice a year in Vienna.';
    const parts = wordDiff(before, after);
    expect(text(parts, 'before')).toBe(before);
    expect(text(parts, 'after')).toBe(after);
    expect(parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['twice a year', 'Vienna']);
    expect(parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['annually', 'Geneva']);
  });

  it('never splits a word at the edge of the common start or end', () => {
    const parts = wordDiff('shall cooperate', 'shall coordinate');
    expect(parts).toEqual([
      { value: 'shall ' },
      { value: 'cooperate', removed: true },
      { value: 'coordinate', added: true },
    ]);
    expect(wordDiff('same words', 'same words')).toEqual([{ value: 'same words' }]);
    expect(wordDiff('', 'new')).toEqual([{ value: 'new', added: true }]);
  });

  it('cuts long unchanged stretches to a few words around the change', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = trimContext(wordDiff(long, `${long} added words`), 3);
    expect(parts).toEqual([{ value: '… w97 w98 w99 ' }, { value: 'added words', added: true }]);
  });
});
