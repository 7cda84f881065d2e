import type { ClauseId } from '@parley/shared';
import { clauseRecord, createPlenaryDocument, insertClause, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClauseHistoryRow } from '../storage/DocumentStore.ts';
import { ClauseHistoryRecorder, TYPING_SESSION_GAP_MS } from './ClauseHistoryRecorder.ts';

/** A plenary with one clause, a recorder (given the clause's stored newest row, if any), and a clock. */
function setup(stored: Omit<ClauseHistoryRow, 'clauseId'> | null = null) {
  const doc = createPlenaryDocument({ title: 'T', parties: [] });
  const roots = plenaryRoots(doc);
  const clauseId = insertClause(roots, { kind: 'operative', text: 'The Parties shall meet.' });
  const rows = new Map<number, ClauseHistoryRow>();
  let now = 1_000_000;
  const recorder = new ClauseHistoryRecorder('doc', stored ? [{ ...stored, clauseId }] : [], () => now);
  const line = () => {
    const paragraph = readClause(clauseRecord(roots, clauseId as ClauseId) ?? new Y.Map())?.body.get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no text');
    return text;
  };
  /** One turn: `author` types `words` at the end of the clause at `at`. */
  const type = (author: string | null, words: string, at: number) => {
    now = at;
    recorder.beforeChange(roots, [clauseId], author);
    line().insert(line().length, words);
    recorder.changed(roots, [clauseId], author);
    for (const row of recorder.take(roots)) rows.set(row.at, row);
  };
  const history = () => [...rows.values()].map((r) => [r.kind, r.participantId, r.textBefore, r.textAfter]);
  return { doc, roots, clauseId, recorder, type, history, rows, line, setNow: (at: number) => (now = at) };
}

describe('ClauseHistoryRecorder', () => {
  it('begins with the text it found (baseline), and makes one entry of one author’s session of typing', () => {
    const { type, history } = setup();
    type('ua', ' in', 1_000_000);
    type('ua', ' Geneva', 1_000_000 + 5_000);
    expect(history()).toEqual([
      ['baseline', null, 'The Parties shall meet.', 'The Parties shall meet.'],
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. in Geneva'],
    ]);
  });

  it('starts a new entry when another author types, or after a minute without typing', () => {
    const { type, history } = setup({
      docName: 'doc',
      at: 1,
      until: 1,
      participantId: 'um',
      kind: 'edit',
      textBefore: '',
      textAfter: 'The Parties shall meet.',
    });
    type('ua', ' A', 1_000_000);
    type('ub', ' B', 1_000_100);
    type('ub', ' C', 1_000_100 + TYPING_SESSION_GAP_MS + 1);
    expect(history()).toEqual([
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A'],
      ['edit', 'ub', 'The Parties shall meet. A', 'The Parties shall meet. A B'],
      ['edit', 'ub', 'The Parties shall meet. A B', 'The Parties shall meet. A B C'],
    ]);
  });

  it('keeps both authors apart when they write the same clause in one turn, and records a removal', () => {
    const { roots, clauseId, recorder, type, history, rows, setNow, line } = setup();
    type('ua', ' A', 1_000_000);
    setNow(1_000_050);
    // One turn: B types, then A types; each step is read before the next is applied.
    recorder.beforeChange(roots, [clauseId], 'ub');
    line().insert(line().length, ' B');
    recorder.changed(roots, [clauseId], 'ub');
    recorder.beforeChange(roots, [clauseId], 'ua');
    line().insert(line().length, ' A2');
    recorder.changed(roots, [clauseId], 'ua');
    for (const row of recorder.take(roots)) rows.set(row.at, row);
    setNow(1_000_100);
    roots.clauses.delete(clauseId);
    recorder.changed(roots, [clauseId], 'um');
    for (const row of recorder.take(roots)) rows.set(row.at, row);
    expect(history().slice(2)).toEqual([
      ['edit', 'ub', 'The Parties shall meet. A', 'The Parties shall meet. A B'],
      ['edit', 'ua', 'The Parties shall meet. A B', 'The Parties shall meet. A B A2'],
      ['removed', 'um', 'The Parties shall meet. A B A2', ''],
    ]);
  });
});
