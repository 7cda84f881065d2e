import { wordDiff } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { trimContext } from './trimContext.ts';

describe('trimContext', () => {
  it('cuts long unchanged stretches to a few words around the change', () => {
    const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = trimContext(wordDiff(long, `${long} added words`), 3);
    expect(parts).toEqual([{ value: '… w97 w98 w99 ' }, { value: 'added words', added: true }]);
  });

  it('cuts a Chinese clause at its words, which it writes without spaces', () => {
    const sentence = '缔约双方应当加强边境地区的合作与交流并定期举行会议';
    const long = sentence.repeat(4);
    const parts = trimContext(wordDiff(long, `${long}以及磋商`, 'zh'), 3, 'zh');
    expect(parts).toEqual([{ value: '… 定期举行会议' }, { value: '以及磋商', added: true }]);
  });
});
