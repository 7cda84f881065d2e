import type { ClauseId } from '@parley/shared';
import { clauseRecord, createPlenaryDocument, insertClause, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ClauseHistoryRow } from '../storage/DocumentStore.ts';
import type { Author, ChangeMade } from './ClauseHistoryRecorder.ts';
import { ClauseHistoryRecorder, SIMULTANEOUS_TYPING_MS, TYPING_SESSION_GAP_MS } from './ClauseHistoryRecorder.ts';

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
  /** `author` types `words` at the end of the clause at `at` (a client's update; a command's when `made` says). */
  const step = (author: Author, words: string, at: number, made: ChangeMade = 'typed') => {
    now = at;
    if (made === 'typed') recorder.beforeChange(roots, [clauseId], author);
    line().insert(line().length, words);
    recorder.changed(roots, [clauseId], author, made);
  };
  /** The end of a persisted turn: the rows it writes (how many, too: one per read of the clause). */
  const persist = () => {
    const taken = recorder.take(roots);
    for (const row of taken) rows.set(row.at, row);
    return taken.length;
  };
  /** One turn: `author` types `words` at the end of the clause at `at`, then the turn is persisted. */
  const type = (author: Author, words: string, at: number, made: ChangeMade = 'typed') => {
    step(author, words, at, made);
    persist();
  };
  const history = () => [...rows.values()].map((r) => [r.kind, r.participantId, r.textBefore, r.textAfter]);
  const authors = () => [...rows.values()].map((r) => [r.participantId, ...r.coAuthors]);
  return {
    doc,
    roots,
    clauseId,
    recorder,
    step,
    persist,
    type,
    history,
    authors,
    rows,
    line,
    setNow: (at: number) => (now = at),
  };
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

  it('starts a new entry when another author types after a pause, or after a minute without typing', () => {
    const { type, history, authors } = setup({
      docName: 'doc',
      at: 1,
      until: 1,
      participantId: 'um',
      coAuthors: [],
      kind: 'edit',
      textBefore: '',
      textAfter: 'The Parties shall meet.',
    });
    type('ua', ' A', 1_000_000);
    // B begins once A has stopped for longer than people typing together pause: B's own entry.
    const b = 1_000_000 + SIMULTANEOUS_TYPING_MS;
    type('ub', ' B', b);
    type('ub', ' C', b + TYPING_SESSION_GAP_MS + 1);
    expect(history()).toEqual([
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A'],
      ['edit', 'ub', 'The Parties shall meet. A', 'The Parties shall meet. A B'],
      ['edit', 'ub', 'The Parties shall meet. A B', 'The Parties shall meet. A B C'],
    ]);
    expect(authors()).toEqual([['ua'], ['ub'], ['ub']]);
  });

  it('makes one joint entry of authors typing in one clause within one turn, read once, and records a removal', () => {
    const { roots, clauseId, recorder, type, step, persist, history, authors, rows, setNow } = setup();
    type('ua', ' A', 1_000_000);
    // One turn: B types, then A, then B again, moments apart: nothing is read until the turn is persisted.
    step('ub', ' B', 1_000_050);
    step('ua', ' A2', 1_000_060);
    step('ub', ' B2', 1_000_070);
    expect(persist()).toBe(1);
    setNow(1_000_100);
    roots.clauses.delete(clauseId);
    recorder.changed(roots, [clauseId], 'um', 'typed');
    persist();
    expect(history()).toEqual([
      ['baseline', null, 'The Parties shall meet.', 'The Parties shall meet.'],
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A B A2 B2'],
      ['removed', 'um', 'The Parties shall meet. A B A2 B2', ''],
    ]);
    expect(authors()).toEqual([[null], ['ua', 'ub'], ['um']]);
    expect([...rows.values()][1]).toMatchObject({ at: 1_000_000, until: 1_000_070 });
  });

  it('makes one joint entry of authors typing alternately across turns, going on while any of them types', () => {
    const { type, persist, step, history, authors, rows } = setup();
    type('ua', ' A', 1_000_000);
    type('ub', ' B', 1_000_400);
    type('ua', ' A2', 1_001_000);
    type('uc', ' C', 1_003_000);
    // A pause longer than people typing together take, shorter than a session of typing: A's entry goes on.
    type('ub', ' B2', 1_003_000 + TYPING_SESSION_GAP_MS - 1);
    // Several authors in one turn, the first of them the entry's: one read, and the entry grows.
    step('ua', ' A3', 1_070_000);
    step('ud', ' D', 1_070_100);
    expect(persist()).toBe(1);
    expect(history()).toEqual([
      ['baseline', null, 'The Parties shall meet.', 'The Parties shall meet.'],
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A B A2 C B2 A3 D'],
    ]);
    expect(authors()).toEqual([[null], ['ua', 'ub', 'uc', 'ud']]);
    expect([...rows.values()][1]).toMatchObject({ at: 1_000_000, until: 1_070_100 });
  });

  it('starts a new entry for someone who was not typing with them once they pause, and after a minute for anyone', () => {
    const { type, history, authors } = setup();
    type('ua', ' A', 1_000_000);
    type('ub', ' B', 1_001_000);
    // C was not typing with them and comes after a pause: C's own entry (as a step of another author was).
    type('uc', ' C', 1_001_000 + SIMULTANEOUS_TYPING_MS);
    // A typed in the joint entry, but C's entry is the newest now: A comes in while C types, so joins C.
    type('ua', ' A2', 1_001_000 + SIMULTANEOUS_TYPING_MS + 1_000);
    // After a minute without typing, even the entry's own authors begin anew.
    type('uc', ' C2', 1_001_000 + SIMULTANEOUS_TYPING_MS + 1_000 + TYPING_SESSION_GAP_MS);
    expect(history().slice(1)).toEqual([
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A B'],
      ['edit', 'uc', 'The Parties shall meet. A B', 'The Parties shall meet. A B C A2'],
      ['edit', 'uc', 'The Parties shall meet. A B C A2', 'The Parties shall meet. A B C A2 C2'],
    ]);
    expect(authors().slice(1)).toEqual([['ua', 'ub'], ['uc', 'ua'], ['uc']]);
  });

  it('never shares an entry with a command, the server, or the one who added the clause', () => {
    const { roots, recorder, type, step, persist, history, authors, setNow } = setup();
    type('ua', ' A', 1_000_000);
    // A mediator's command moments later (accepting a suggestion, say) is an entry of its own …
    type('um', ' M', 1_000_100, 'command');
    // … and nobody typing right after joins it; the server's own change is apart too.
    type('ub', ' B', 1_000_200);
    type(null, ' S', 1_000_300, 'command');
    type('ua', ' A2', 1_000_400);
    // Within one turn too: the command's step is read before the typing after it mixes in (the room
    // writes what was typed before a command runs).
    step('um', ' M2', 1_000_500, 'command');
    step('ub', ' B2', 1_000_600);
    expect(persist()).toBe(2);
    expect(history().slice(1)).toEqual([
      ['edit', 'ua', 'The Parties shall meet.', 'The Parties shall meet. A'],
      ['edit', 'um', 'The Parties shall meet. A', 'The Parties shall meet. A M'],
      ['edit', 'ub', 'The Parties shall meet. A M', 'The Parties shall meet. A M B'],
      ['edit', null, 'The Parties shall meet. A M B', 'The Parties shall meet. A M B S'],
      ['edit', 'ua', 'The Parties shall meet. A M B S', 'The Parties shall meet. A M B S A2'],
      ['edit', 'um', 'The Parties shall meet. A M B S A2', 'The Parties shall meet. A M B S A2 M2'],
      ['edit', 'ub', 'The Parties shall meet. A M B S A2 M2', 'The Parties shall meet. A M B S A2 M2 B2'],
    ]);
    expect(authors().slice(1)).toEqual([['ua'], ['um'], ['ub'], [null], ['ua'], ['um'], ['ub']]);

    // A clause the mediator adds (typed in the room) is theirs alone, whoever types in it a moment later.
    setNow(1_001_000);
    const added = insertClause(roots, { kind: 'operative', text: 'New.' });
    recorder.created([added]);
    recorder.changed(roots, [added], 'um', 'typed');
    recorder.take(roots);
    setNow(1_001_100);
    recorder.beforeChange(roots, [added], 'ua');
    const addedLine = readClause(clauseRecord(roots, added as ClauseId) ?? new Y.Map())?.body.get(0);
    const addedText = addedLine instanceof Y.XmlElement ? addedLine.get(0) : null;
    if (!(addedText instanceof Y.XmlText)) throw new Error('no text');
    addedText.insert(addedText.length, ' A');
    recorder.changed(roots, [added], 'ua', 'typed');
    expect(recorder.take(roots).map((r) => [r.participantId, r.coAuthors, r.textBefore, r.textAfter])).toEqual([
      ['ua', [], 'New.', 'New. A'],
    ]);
  });
});
