import { appendParagraph, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clientOf, gate, PEOPLE, serverDocument, updateOf } from './gateTestKit.ts';

function bodyOf(doc: Y.Doc, id: string): Y.XmlFragment {
  const record = clauseRecord(plenaryRoots(doc), id as never);
  const clause = record ? readClause(record) : null;
  if (!clause) throw new Error('no clause');
  return clause.body;
}

function firstText(doc: Y.Doc, id: string): Y.XmlText {
  const paragraph = bodyOf(doc, id).get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

describe('update gate: what Yjs 13 really does', () => {
  it('[GATE1] places a struct through its origin, in the server’s store or earlier in the same update', () => {
    const s = serverDocument();
    const client = clientOf(s.doc);
    const update = updateOf(client, () => {
      const text = firstText(client, s.open);
      text.insert(4, ' and');
      text.insert(0, 'Further, ');
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, update)).toMatchObject({ ok: true });
    const other = clientOf(s.doc);
    const locked = updateOf(other, () => firstText(other, s.locked).insert(0, 'x'));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, locked)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('locked'),
    });
  });

  it('[GATE2] an offline edit to a clause deleted meanwhile is a no-op, not a refusal', () => {
    const s = serverDocument();
    const delegate = clientOf(s.doc);
    const offline = updateOf(delegate, () => firstText(delegate, s.open).insert(0, 'offline words '));
    // Meanwhile the mediator deletes the clause on the server.
    s.doc.transact(() => {
      s.roots.clauses.delete(s.open);
      s.roots.clauseOrder.delete(0, 1);
    });
    const verdict = gate(s.doc, s.bindings, PEOPLE.delegateA, offline);
    expect(verdict).toMatchObject({ ok: true });
    Y.applyUpdate(s.doc, offline);
    expect(s.roots.clauses.has(s.open)).toBe(false);
    expect(s.doc.store.pendingStructs).toBeNull();
  });

  it('[GATE3] refuses what Yjs would park as pending: a gap in a client’s clocks', () => {
    const s = serverDocument();
    const client = clientOf(s.doc);
    updateOf(client, () => firstText(client, s.open).insert(0, 'first '));
    const second = updateOf(client, () => firstText(client, s.open).insert(0, 'second '));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, second)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not have'),
    });
  });

  it('[GATE3] refuses a struct whose origin is another client’s edit the server lacks', () => {
    const s = serverDocument();
    const a = clientOf(s.doc);
    const b = clientOf(s.doc);
    const fromA = updateOf(a, () => firstText(a, s.open).insert(0, 'A says '));
    Y.applyUpdate(b, fromA);
    const fromB = updateOf(b, () => firstText(b, s.open).insert(3, 'B adds '));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, fromB)).toMatchObject({ ok: false });
  });

  it('[GATE3] refuses a delete range beyond known clocks', () => {
    const s = serverDocument();
    const client = clientOf(s.doc);
    updateOf(client, () => firstText(client, s.open).insert(0, 'unsent '));
    const deletion = updateOf(client, () => firstText(client, s.open).delete(0, 3));
    const onlyDeletes = Y.encodeStateAsUpdate(new Y.Doc());
    expect(onlyDeletes.length).toBe(2);
    const decoded = Y.decodeUpdate(deletion);
    expect(decoded.ds.clients.size).toBe(1);
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, deletion)).toMatchObject({ ok: false });
  });

  it('[GATE4] refuses an update that repeats a client block', () => {
    const s = serverDocument();
    const client = clientOf(s.doc);
    const first = updateOf(client, () => firstText(client, s.open).insert(0, 'one '));
    const second = updateOf(client, () => firstText(client, s.open).insert(0, 'two '));
    // Two blocks of the same client, the way applyUpdate would silently keep only the second.
    const crafted = Uint8Array.from([2, ...first.slice(1, -1), ...second.slice(1, -1), 0]);
    expect(Y.decodeUpdate(crafted).structs.length).toBe(2);
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, crafted)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('repeats'),
    });
  });

  it('[GATE6] the mediator may delete a clause although it holds server-only fields', () => {
    const s = serverDocument();
    const mediator = clientOf(s.doc);
    const update = updateOf(mediator, () => {
      plenaryRoots(mediator).clauses.delete(s.locked);
      plenaryRoots(mediator).clauseOrder.delete(1, 1);
    });
    expect(Y.decodeUpdate(update).ds.clients.size).toBeGreaterThan(0);
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, update)).toMatchObject({ ok: true });
    // The same deletion of the status alone is a server-only write.
    const statusOnly = updateOf(mediator, () => plenaryRoots(mediator).clauses.get(s.open)?.delete('status'));
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, statusOnly)).toMatchObject({ ok: false });
  });

  it('[GATE7] whitelists roots and content kinds', () => {
    const s = serverDocument();
    // Each case from a fresh copy, so no case depends on another that was refused.
    const attempt = (change: (doc: Y.Doc) => void) => {
      const mediator = clientOf(s.doc);
      return gate(
        s.doc,
        s.bindings,
        PEOPLE.mediator,
        updateOf(mediator, () => change(mediator)),
      );
    };
    expect(attempt((d) => d.getMap('backdoor').set('x', 1))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown root'),
    });
    const stranger = new Y.Doc();
    const listInMap = updateOf(stranger, () => stranger.getArray('clauses').insert(0, ['x']));
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, listInMap)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('list item under the map root'),
    });
    expect(attempt((d) => plenaryRoots(d).clauses.get(s.open)?.set('body', new Y.Map()))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('set when the clause is created'),
    });
    expect(
      attempt((d) => {
        const record = new Y.Map<unknown>();
        for (const [key, value] of Object.entries({ id: 'cnew', kind: 'operative', status: 'proposed', locked: false }))
          record.set(key, value);
        record.set('heading', new Y.Text());
        record.set('body', new Y.Map());
        plenaryRoots(d).clauses.set('cnew', record);
      }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('xmlFragment') });
    expect(attempt((d) => plenaryRoots(d).clauseOrder.insert(0, [42 as never]))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('clause ids'),
    });
    expect(attempt((d) => plenaryRoots(d).clauses.get(s.open)?.set('hidden', 'x'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown clause field'),
    });
    expect(attempt((d) => plenaryRoots(d).clauses.set('newclause', new Y.Text() as never))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('must be a map'),
    });
    // The same mediator may of course write where the layout allows.
    expect(attempt((d) => plenaryRoots(d).meta.set('title', 'New title'))).toMatchObject({ ok: true });
    // …but not the document's letterhead, which only the document.details command sets.
    expect(
      attempt((d) => plenaryRoots(d).meta.set('document', { symbol: 'FORGED/1', marking: 'draft' })),
    ).toMatchObject({ ok: false, reason: expect.stringContaining('meta.document') });
  });

  it('[GATE8] binds client ids: structs under another participant’s client id are refused', () => {
    const s = serverDocument();
    const a = clientOf(s.doc);
    const first = updateOf(a, () => firstText(a, s.open).insert(0, 'A '));
    const verdict = gate(s.doc, s.bindings, PEOPLE.delegateA, first);
    if (!verdict.ok) throw new Error(verdict.reason);
    expect(verdict.newClients).toEqual([a.clientID]);
    for (const client of verdict.newClients) s.bindings.bind(client, PEOPLE.delegateA.participantId);
    Y.applyUpdate(s.doc, first);
    // B sends an edit made under A's client id.
    const impersonation = updateOf(a, () => firstText(a, s.open).insert(0, 'not A '));
    expect(gate(s.doc, s.bindings, PEOPLE.delegateB, impersonation)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('belongs to someone else'),
    });
    expect(gate(s.doc, s.bindings, PEOPLE.delegateA, impersonation)).toMatchObject({ ok: true });
  });

  it('[GATE8] a participant cannot claim the server’s client id', () => {
    const s = serverDocument();
    const forger = clientOf(s.doc);
    // Set after loading: Yjs gives a document a new id when it sees its own id in remote structs.
    forger.clientID = s.doc.clientID;
    const update = updateOf(forger, () => firstText(forger, s.open).insert(0, 'x'));
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, update)).toMatchObject({ ok: false });
  });

  it('[GATE9] caps the items one deletion may touch', () => {
    const s = serverDocument();
    const mediator = clientOf(s.doc);
    const many = updateOf(mediator, () => {
      const body = bodyOf(mediator, s.open);
      for (let i = 0; i < 50; i++) appendParagraph(body, `line ${i}`);
    });
    Y.applyUpdate(s.doc, many);
    s.bindings.bind(mediator.clientID, PEOPLE.mediator.participantId);
    const wipe = updateOf(mediator, () => {
      const body = bodyOf(mediator, s.open);
      body.delete(0, body.length);
    });
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, wipe)).toMatchObject({ ok: true });
    expect(gate(s.doc, s.bindings, PEOPLE.mediator, wipe, { maxStructs: 1000, maxDeletedItems: 10 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('too much'),
    });
  });

  it('treats garbage as malformed, never as allowed', () => {
    const s = serverDocument();
    for (const bytes of [[], [1], [1, 1, 1, 1, 1], [255, 255, 255, 255, 15]]) {
      expect(gate(s.doc, s.bindings, PEOPLE.mediator, Uint8Array.from(bytes))).toMatchObject({ ok: false });
    }
  });

  it('an empty update is allowed and changes nothing', () => {
    const s = serverDocument();
    expect(gate(s.doc, s.bindings, PEOPLE.observer, Y.encodeStateAsUpdate(new Y.Doc()))).toMatchObject({ ok: true });
  });
});
