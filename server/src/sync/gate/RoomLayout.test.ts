import type { Participant, Tabling } from '@parley/shared';
import {
  addRoomDraft,
  appendParagraph,
  clauseOptions,
  clauseRecord,
  createClauseOption,
  insertClause,
  plenaryRoots,
  plenaryWriteContext,
  readRoomDraft,
  recordTabling,
  roomDrafts,
  roomNotes,
  writeSetting,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { roomLayout } from './DocumentLayout.ts';
import { clientOf, gate, MemoryBindings, PEOPLE, serverDocument, updateOf } from './gateTestKit.ts';
import { checkUpdate } from './UpdateGate.ts';

/** A breakout room's document as the server holds it: notes and one draft. */
function roomDocument() {
  const doc = new Y.Doc();
  let draftId = '';
  doc.transact(() => {
    appendParagraph(roomNotes(doc), 'Notes.');
    draftId = addRoomDraft(doc);
    const draft = readRoomDraft(roomDrafts(doc).get(draftId));
    if (draft) appendParagraph(draft.body, 'Draft words.');
  });
  const bindings = new MemoryBindings();
  bindings.bind(doc.clientID, 'server');
  return { doc, draftId, bindings };
}

const plenary = serverDocument();

/** A room writer's change, through the gate with the plenary's state (freeze, mutes). */
function attempt(
  room: ReturnType<typeof roomDocument>,
  sender: Participant,
  change: (doc: Y.Doc) => void,
  plenaryDoc: Y.Doc = plenary.doc,
) {
  const client = clientOf(room.doc);
  return checkUpdate({
    doc: room.doc,
    update: updateOf(client, () => change(client)),
    sender,
    layout: roomLayout,
    context: plenaryWriteContext(plenaryDoc),
    bindings: room.bindings,
  });
}

const draftOf = (doc: Y.Doc, id: string) => {
  const draft = readRoomDraft(roomDrafts(doc).get(id));
  if (!draft) throw new Error('no draft');
  return draft;
};

const TABLING: Tabling = { at: 1, as: 'clause', clauseId: 'cforged', byName: 'A' };

describe('breakout rooms: drafts are written by the room’s writers; what was tabled, by the server only', () => {
  it('a delegate adds a draft with a heading and rich text, edits it and removes it', () => {
    const room = roomDocument();
    expect(
      attempt(room, PEOPLE.delegateA, (d) => {
        const id = addRoomDraft(d);
        const draft = draftOf(d, id);
        draft.heading.insert(0, 'Verification');
        const paragraph = appendParagraph(draft.body, 'Inspections every month.');
        const text = paragraph.get(0);
        if (text instanceof Y.XmlText) text.format(0, 11, { bold: true });
      }),
    ).toMatchObject({ ok: true });
    expect(
      attempt(room, PEOPLE.delegateA, (d) => appendParagraph(draftOf(d, room.draftId).body, 'More.')),
    ).toMatchObject({ ok: true });
    expect(attempt(room, PEOPLE.mediator, (d) => draftOf(d, room.draftId).heading.insert(0, 'H'))).toMatchObject({
      ok: true,
    });
    expect(attempt(room, PEOPLE.delegateA, (d) => roomDrafts(d).delete(room.draftId))).toMatchObject({ ok: true });
  });

  it('the notes keep working beside the drafts', () => {
    const room = roomDocument();
    expect(attempt(room, PEOPLE.delegateB, (d) => appendParagraph(roomNotes(d), 'More notes.'))).toMatchObject({
      ok: true,
    });
  });

  it('observers write no drafts', () => {
    const room = roomDocument();
    expect(attempt(room, PEOPLE.observer, (d) => addRoomDraft(d))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('read-only for observers'),
    });
    expect(attempt(room, PEOPLE.observer, (d) => appendParagraph(draftOf(d, room.draftId).body, 'x'))).toMatchObject({
      ok: false,
    });
  });

  it('nobody marks a draft tabled through sync, not even the mediator', () => {
    const room = roomDocument();
    for (const sender of [PEOPLE.delegateA, PEOPLE.mediator]) {
      expect(attempt(room, sender, (d) => recordTabling(d, room.draftId, TABLING))).toMatchObject({
        ok: false,
        reason: expect.stringContaining('changed through moderation commands only'),
      });
    }
  });

  it('a draft is a whole record: every field when added, none replaced or removed later', () => {
    const room = roomDocument();
    expect(
      attempt(room, PEOPLE.delegateA, (d) => {
        const record = new Y.Map<unknown>();
        record.set('id', 'dhalf');
        record.set('heading', new Y.Text());
        roomDrafts(d).set('dhalf', record);
      }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('lacks its body') });
    expect(
      attempt(room, PEOPLE.delegateA, (d) => {
        const record = new Y.Map<unknown>();
        record.set('id', 'dwrong');
        record.set('heading', new Y.Text());
        record.set('body', new Y.Map());
        roomDrafts(d).set('dwrong', record);
      }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('xmlFragment') });
    expect(
      attempt(room, PEOPLE.delegateA, (d) => {
        const record = new Y.Map<unknown>();
        record.set('id', 'danother');
        record.set('heading', new Y.Text());
        record.set('body', new Y.XmlFragment());
        roomDrafts(d).set('dmine', record);
      }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('id is its key') });
    expect(
      attempt(room, PEOPLE.delegateA, (d) => roomDrafts(d).get(room.draftId)?.set('body', new Y.XmlFragment())),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('set when the draft is added') });
    expect(attempt(room, PEOPLE.delegateA, (d) => roomDrafts(d).get(room.draftId)?.delete('heading'))).toMatchObject({
      ok: false,
    });
    expect(attempt(room, PEOPLE.delegateA, (d) => roomDrafts(d).get(room.draftId)?.set('extra', 1))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown draft field'),
    });
    expect(attempt(room, PEOPLE.delegateA, (d) => d.getMap('backdoor').set('x', 1))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown root'),
    });
  });

  it('a draft’s body holds only what the editor can hold', () => {
    const room = roomDocument();
    expect(
      attempt(room, PEOPLE.delegateA, (d) => draftOf(d, room.draftId).body.push([new Y.XmlElement('script')])),
    ).toMatchObject({ ok: false });
  });

  it('in a frozen session delegates write no drafts', () => {
    const room = roomDocument();
    const frozen = serverDocument();
    writeSetting(frozen.roots, 'frozen', true);
    expect(attempt(room, PEOPLE.delegateA, (d) => addRoomDraft(d), frozen.doc)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('frozen'),
    });
  });
});

describe('the plenary: a client never stamps an origin (the server does, when text is tabled)', () => {
  const forged = { kind: 'workingGroup', name: 'Verification', breakoutId: 'bforged' } as const;

  it('a new clause or option carries origin null; anything else is refused', () => {
    const s = serverDocument();
    const mediator = clientOf(s.doc);
    const plain = updateOf(mediator, () => insertClause(plenaryRoots(mediator), { kind: 'operative', text: 'New.' }));
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, plain)).toMatchObject({ ok: true });

    const stamped = clientOf(s.doc);
    const forgedClause = updateOf(stamped, () => {
      const id = insertClause(plenaryRoots(stamped), { kind: 'operative', text: 'Forged.' });
      clauseRecord(plenaryRoots(stamped), id)?.set('origin', forged);
    });
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, forgedClause)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('origin is stamped by the server'),
    });

    const delegate = clientOf(s.doc);
    const option = updateOf(delegate, () => {
      const record = clauseRecord(plenaryRoots(delegate), s.open);
      if (record) clauseOptions(record).push([createClauseOption('Option 1').record]);
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, option)).toMatchObject({ ok: true });

    const forger = clientOf(s.doc);
    const forgedOption = updateOf(forger, () => {
      const record = clauseRecord(plenaryRoots(forger), s.open);
      if (record) clauseOptions(record).push([createClauseOption('Option 1', forged).record]);
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, forgedOption)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('origin is stamped by the server'),
    });

    const later = clientOf(s.doc);
    const restamp = updateOf(later, () => clauseRecord(plenaryRoots(later), s.open)?.set('origin', null));
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, restamp)).toMatchObject({ ok: false });
  });
});
