import { wordDiff } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { trimContext } from './trimContext.ts';

describe('trimContext', () => {
  it('cuts long unchanged stretches to a few words around the change', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = trimContext(wordDiff(long, `${long} added words`), 3);
    expect(parts).toEqual([{ value: '… w97 w98 w99 ' }, { value: 'added words', added: true }]);
  });
});
