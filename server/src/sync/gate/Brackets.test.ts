import type { Participant } from '@parley/shared';
import { BRACKET_MARK, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clientOf, gate, PARTY_A, PARTY_B, PEOPLE, serverDocument, updateOf } from './gateTestKit.ts';

function lineOf(doc: Y.Doc, id: string): Y.XmlText {
  const record = clauseRecord(plenaryRoots(doc), id as never);
  const paragraph = record ? readClause(record)?.body.get(0) : undefined;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

/** A server document whose open clause has "Open" bracketed by party A. */
function bracketedByA() {
  const s = serverDocument();
  const a = clientOf(s.doc);
  const update = updateOf(a, () =>
    lineOf(a, s.open).format(0, 4, { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance' } }),
  );
  const verdict = gate(s.doc, s.bindings, PEOPLE.delegateA, update);
  if (!verdict.ok) throw new Error(verdict.reason);
  for (const client of verdict.newClients) s.bindings.bind(client, PEOPLE.delegateA.participantId);
  Y.applyUpdate(s.doc, update);
  return { ...s, verdict };
}

const lift = (s: ReturnType<typeof bracketedByA>, who: Participant) => {
  const copy = clientOf(s.doc);
  return gate(
    s.doc,
    s.bindings,
    who,
    updateOf(copy, () => lineOf(copy, s.open).format(0, 4, { [BRACKET_MARK]: null })),
  );
};

describe('brackets in clause text', () => {
  it('a delegate brackets wording for their own party; the act is reported for the record', () => {
    const s = bracketedByA();
    expect(s.verdict).toMatchObject({
      ok: true,
      bracketChanges: [{ action: 'added', holder: PARTY_A, reason: 'substance', clauseId: s.open }],
    });
    expect(lineOf(s.doc, s.open).toDelta()[0]).toEqual({
      insert: 'Open',
      attributes: { bracket: { holder: PARTY_A, reason: 'substance' } },
    });
  });

  it('a delegate cannot bracket in another party’s name, nor without a reason', () => {
    const s = serverDocument();
    const b = clientOf(s.doc);
    const forged = updateOf(b, () =>
      lineOf(b, s.open).format(0, 4, { [BRACKET_MARK]: { holder: PARTY_A, reason: 'substance' } }),
    );
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, forged)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('own party'),
    });
    const c = clientOf(s.doc);
    const noReason = updateOf(c, () => lineOf(c, s.open).format(0, 4, { [BRACKET_MARK]: { holder: PARTY_B } }));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, noReason)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('reason'),
    });
  });

  it('only the holding party or the mediator lifts a bracket', () => {
    const s = bracketedByA();
    expect(lift(s, PEOPLE.delegateB)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(`only party ${PARTY_A}`),
    });
    expect(lift(s, PEOPLE.delegateA)).toMatchObject({
      ok: true,
      bracketChanges: [expect.objectContaining({ action: 'lifted', holder: PARTY_A })],
    });
    expect(lift(s, PEOPLE.mediator)).toMatchObject({ ok: true });
  });

  it('another party cannot remove a bracket by deleting all the bracketed words or their paragraph', () => {
    const s = bracketedByA();
    const b = clientOf(s.doc);
    const wipe = updateOf(b, () => lineOf(b, s.open).delete(0, 4));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, wipe)).toMatchObject({ ok: false });
    const c = clientOf(s.doc);
    const paragraph = updateOf(c, () => {
      const record = clauseRecord(plenaryRoots(c), s.open);
      readClause(record ?? new Y.Map())?.body.delete(0, 1);
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, paragraph)).toMatchObject({ ok: false });
    // Editing inside the bracket, without lifting it, is ordinary drafting.
    const d = clientOf(s.doc);
    const inside = updateOf(d, () => lineOf(d, s.open).insert(2, 'ly'));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, inside)).toMatchObject({ ok: true });
  });

  it('a crafted end marker inside another party’s bracket is refused', () => {
    const s = bracketedByA();
    const b = clientOf(s.doc);
    // Unbracketing "pen" (the tail of "[Open]") puts an end marker inside A's bracket: B may not.
    const split = updateOf(b, () => lineOf(b, s.open).format(1, 3, { [BRACKET_MARK]: null }));
    const decoded = Y.decodeUpdate(split);
    expect(
      decoded.structs.some(
        (x) => x instanceof Y.Item && x.content instanceof Y.ContentFormat && x.content.value === null,
      ),
    ).toBe(true);
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, split)).toMatchObject({
      ok: false,
      reason: expect.stringContaining(`only party ${PARTY_A}`),
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, split)).toMatchObject({ ok: true });
  });
});
