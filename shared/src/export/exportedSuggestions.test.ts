import { describe, expect, it } from 'vitest';
import { DELETION_MARK, INSERTION_MARK } from '../schema/Suggestion.ts';
import type { Block } from './Agreement.ts';
import type { ExportNames } from './exportedSuggestions.ts';
import { describeExportedSuggestion, exportedSuggestionsOf, runSuggestion } from './exportedSuggestions.ts';

const names: ExportNames = {
  parties: new Map([['pa', 'Ruritania']]),
  participants: new Map([
    ['ua', 'Anna'],
    ['um', 'The Envoy'],
  ]),
};
const AT = Date.UTC(2026, 11, 1, 9, 30, 45);

describe('reading a run’s pending suggestion', () => {
  it('names the author and party; ids stand in for names no longer known', () => {
    expect(runSuggestion({ [INSERTION_MARK]: { id: 's1', by: 'ua', party: 'pa', at: AT } }, names)).toEqual({
      kind: 'insertion',
      id: 's1',
      by: 'ua',
      byName: 'Anna',
      party: 'pa',
      partyName: 'Ruritania',
      at: AT,
    });
    expect(runSuggestion({ [DELETION_MARK]: { id: 's2', by: 'ugone', party: 'pgone', at: AT } }, names)).toMatchObject({
      kind: 'deletion',
      byName: 'ugone',
      partyName: 'pgone',
    });
  });

  it('shows words under both marks as the deletion, and ignores malformed or absent marks', () => {
    const both = {
      [INSERTION_MARK]: { id: 's1', by: 'ua', party: 'pa', at: AT },
      [DELETION_MARK]: { id: 's2', by: 'um', party: null, at: AT + 1 },
    };
    expect(runSuggestion(both, names)).toMatchObject({ kind: 'deletion', id: 's2', partyName: null });
    expect(runSuggestion({ [INSERTION_MARK]: { id: 's1', by: 'ua', party: 'pa' } }, names)).toBeUndefined();
    expect(runSuggestion({ bold: true }, names)).toBeUndefined();
  });

  it('lists a field’s suggestions once each with all their words, in the order of the text', () => {
    const anna = runSuggestion({ [INSERTION_MARK]: { id: 's1', by: 'ua', party: 'pa', at: AT } }, names);
    const envoy = runSuggestion({ [DELETION_MARK]: { id: 's2', by: 'um', party: null, at: AT } }, names);
    const blocks: Block[] = [
      { type: 'paragraph', runs: [{ text: 'The ' }, { text: 'two ', suggestion: anna }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            {
              type: 'paragraph',
              runs: [
                { text: 'old', suggestion: envoy },
                { text: 'Parties', suggestion: anna },
              ],
            },
          ],
        ],
      },
    ];
    expect(exportedSuggestionsOf(blocks).map((s) => [s.id, s.words])).toEqual([
      ['s1', 'two Parties'],
      ['s2', 'old'],
    ]);
    expect(envoy && describeExportedSuggestion(envoy)).toBe(
      'Deletion suggested by The Envoy (mediator), 2026-12-01 09:30 UTC',
    );
  });
});
