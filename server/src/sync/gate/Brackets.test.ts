import type { Participant } from '@parley/shared';
import { BRACKET_MARK, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { admit, clientOf, PARTY_A, PARTY_B, PEOPLE, serverDocument, updateOf } from './gateTestKit.ts';

function lineOf(doc: Y.Doc, id: string): Y.XmlText {
  const record = clauseRecord(plenaryRoots(doc), id as never);
  const paragraph = record ? readClause(record)?.body.get(0) : undefined;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

/** A server document whose open clause ("Open text") has "Open" bracketed by party A. */
function bracketedByA() {
  const s = serverDocument();
  const a = clientOf(s.doc);
  const update = updateOf(a, () =>
    lineOf(a, s.open).format(0, 4, { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance' } }),
  );
  const verdict = admit(s, PEOPLE.delegateA, update);
  if (!verdict.ok) throw new Error(verdict.reason);
  return { ...s, doc: s.doc, verdict };
}

type Server = ReturnType<typeof bracketedByA>;

/** What `who` sends when their copy of the server's document makes `change`. */
function attempt(s: Server, who: Participant, change: (copy: Y.Doc) => void) {
  const copy = clientOf(s.doc);
  const body = () => readClause(clauseRecord(plenaryRoots(s.doc), s.open) ?? new Y.Map())?.body.toString();
  const before = body();
  const verdict = admit(
    s,
    who,
    updateOf(copy, () => change(copy)),
  );
  return { verdict, unchanged: body() === before };
}

const lift = (copy: Y.Doc, s: Server) => lineOf(copy, s.open).format(0, 4, { [BRACKET_MARK]: null });

describe('brackets in clause text', () => {
  it('a delegate brackets wording for their own party; the act is reported for the record', () => {
    const s = bracketedByA();
    expect(s.verdict).toMatchObject({
      ok: true,
      bracketChanges: [{ action: 'added', holder: PARTY_A, reason: 'substance', clauseId: s.open, words: 'Open' }],
    });
    expect(lineOf(s.doc, s.open).toDelta()[0]).toEqual({
      insert: 'Open',
      attributes: { bracket: { holder: PARTY_A, reason: 'substance' } },
    });
  });

  it('a delegate cannot bracket in another party’s name, nor without a reason', () => {
    const s = bracketedByA();
    const forged = attempt(s, PEOPLE.delegateB, (b) =>
      lineOf(b, s.open).format(5, 4, { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance' } }),
    );
    expect(forged.verdict).toMatchObject({ ok: false, reason: expect.stringContaining('bracketed by A') });
    expect(forged.unchanged).toBe(true);
    const noReason = attempt(s, PEOPLE.delegateB, (b) =>
      lineOf(b, s.open).format(5, 4, { [BRACKET_MARK]: { holder: PARTY_B } }),
    );
    expect(noReason.verdict).toMatchObject({ ok: false, reason: expect.stringContaining('reason') });
  });

  it('only the holding party or the mediator lifts a bracket, and the lifting is reported', () => {
    const s = bracketedByA();
    const byB = attempt(s, PEOPLE.delegateB, (copy) => lift(copy, s));
    expect(byB.verdict).toMatchObject({ ok: false, reason: expect.stringContaining('only A or the mediator') });
    expect(byB.unchanged).toBe(true);
    expect(attempt(s, PEOPLE.delegateA, (copy) => lift(copy, s)).verdict).toMatchObject({
      ok: true,
      bracketChanges: [expect.objectContaining({ action: 'lifted', holder: PARTY_A, words: 'Open' })],
    });
    const again = bracketedByA();
    expect(attempt(again, PEOPLE.mediator, (copy) => lift(copy, again)).verdict).toMatchObject({ ok: true });
  });

  it('inside another party’s bracket nobody else inserts, deletes or reformats; the holder does', () => {
    const changes: [string, (copy: Y.Doc, s: Server) => void][] = [
      ['delete all the bracketed words', (copy, s) => lineOf(copy, s.open).delete(0, 4)],
      [
        'delete their paragraph',
        (copy, s) => readClause(clauseRecord(plenaryRoots(copy), s.open) ?? new Y.Map())?.body.delete(0, 1),
      ],
      ['insert inside', (copy, s) => lineOf(copy, s.open).insert(2, 'ly')],
      ['reformat', (copy, s) => lineOf(copy, s.open).format(1, 2, { bold: {} })],
      ['unbracket the tail', (copy, s) => lineOf(copy, s.open).format(1, 3, { [BRACKET_MARK]: null })],
    ];
    for (const [what, change] of changes) {
      const s = bracketedByA();
      const byB = attempt(s, PEOPLE.delegateB, (copy) => change(copy, s));
      expect(byB.verdict.ok, `B may not ${what}`).toBe(false);
      expect(byB.unchanged, `nothing of B's attempt to ${what} stays`).toBe(true);
      expect(attempt(s, PEOPLE.delegateA, (copy) => change(copy, s)).verdict.ok, `A may ${what}`).toBe(true);
    }
  });

  it('text beside another party’s bracket is ordinary drafting', () => {
    const s = bracketedByA();
    // "[Open]| text": typing right after the bracket, and deleting unbracketed words.
    expect(attempt(s, PEOPLE.delegateB, (b) => lineOf(b, s.open).insert(4, ' draft', {})).verdict.ok).toBe(true);
    expect(attempt(s, PEOPLE.delegateB, (b) => lineOf(b, s.open).delete(4, 3)).verdict.ok).toBe(true);
    expect(lineOf(s.doc, s.open).toDelta()).toEqual([
      { insert: 'Open', attributes: { bracket: { holder: PARTY_A, reason: 'substance' } } },
      { insert: 'aft text' },
    ]);
  });
});
