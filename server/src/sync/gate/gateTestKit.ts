import type { ClauseId, Participant, ParticipantId, PartyId } from '@parley/shared';
import {
  appendAgendaItem,
  appendParagraph,
  clauseRecord,
  createPlenaryDocument,
  ensureStatement,
  insertClause,
  plenaryRoots,
  plenaryWriteContext,
  setClauseControl,
} from '@parley/shared';
import * as Y from 'yjs';
import type { AdmissionResult } from './admitUpdate.ts';
import { admitUpdate } from './admitUpdate.ts';
import type { ClientBindings, ClientOwner } from './ClientBindings.ts';
import { plenaryLayout } from './DocumentLayout.ts';
import type { GateResult } from './GateResult.ts';
import type { GateLimits } from './UpdateGate.ts';
import { checkUpdate } from './UpdateGate.ts';

/** Test support for the gate: a server document, participants, and clients that edit copies of it. */
export const PARTY_A = 'pa' as PartyId;
export const PARTY_B = 'pb' as PartyId;

export const PEOPLE = {
  mediator: { participantId: 'umediator' as ParticipantId, role: 'mediator', name: 'Chair' },
  delegateA: { participantId: 'udelegatea' as ParticipantId, role: 'delegate', partyId: PARTY_A, name: 'A' },
  delegateB: { participantId: 'udelegateb' as ParticipantId, role: 'delegate', partyId: PARTY_B, name: 'B' },
  observer: { participantId: 'uobserver' as ParticipantId, role: 'observer', name: 'O' },
} satisfies Record<string, Participant>;

export class MemoryBindings implements ClientBindings {
  readonly owners = new Map<number, ClientOwner>();
  ownerOf(client: number): ClientOwner | undefined {
    return this.owners.get(client);
  }
  bind(client: number, owner: ClientOwner): void {
    if (!this.owners.has(client)) this.owners.set(client, owner);
  }
}

/** A plenary document as the server holds it, with an open, a locked and an agreed clause. */
export function serverDocument() {
  const doc = createPlenaryDocument({
    title: 'Talks',
    parties: [
      { id: PARTY_A, name: 'A', color: '#0072b2' },
      { id: PARTY_B, name: 'B', color: '#d55e00' },
    ],
  });
  const roots = plenaryRoots(doc);
  const itemId = appendAgendaItem(roots, { title: 'Item 1' });
  const open = insertClause(roots, { kind: 'operative', text: 'Open text' });
  const locked = insertClause(roots, { kind: 'operative', text: 'Locked text' });
  const agreed = insertClause(roots, { kind: 'operative', text: 'Agreed text' });
  doc.transact(() => {
    const lockedRecord = clauseRecord(roots, locked);
    const agreedRecord = clauseRecord(roots, agreed);
    if (lockedRecord) setClauseControl(lockedRecord, 'locked', true);
    if (agreedRecord) setClauseControl(agreedRecord, 'status', 'agreed');
    appendParagraph(ensureStatement(roots, PARTY_A, itemId), 'Position A');
    appendParagraph(ensureStatement(roots, PARTY_B, itemId), 'Position B');
  });
  const bindings = new MemoryBindings();
  bindings.bind(doc.clientID, 'server');
  return { doc, roots, itemId, open, locked, agreed, bindings };
}

/** A client's copy of the server document; `capture` returns the update its next change produces. */
export function clientOf(server: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
  return doc;
}

export function updateOf(doc: Y.Doc, change: () => void): Uint8Array {
  const updates: Uint8Array[] = [];
  const listener = (update: Uint8Array) => updates.push(update);
  doc.on('update', listener);
  try {
    doc.transact(change);
  } finally {
    doc.off('update', listener);
  }
  return updates.length === 0 ? Y.encodeStateAsUpdate(new Y.Doc()) : Y.mergeUpdates(updates);
}

export function gate(
  server: Y.Doc,
  bindings: ClientBindings,
  sender: Participant,
  update: Uint8Array,
  limits?: GateLimits,
): GateResult {
  return checkUpdate({
    doc: server,
    update,
    sender,
    layout: plenaryLayout,
    context: plenaryWriteContext(server),
    bindings,
    ...(limits ? { limits } : {}),
  });
}

export type ClauseKey = ClauseId;

/**
 * The whole admission of an update as a room does it (gate, tentative apply, bracket judgement) on a
 * test's server document: a refused update leaves `server.doc` as it was (a restored copy).
 */
export function admit(
  server: { doc: Y.Doc; readonly bindings: MemoryBindings },
  sender: Participant,
  update: Uint8Array,
): AdmissionResult {
  const before = Y.encodeStateAsUpdate(server.doc);
  const result = admitUpdate(
    {
      doc: server.doc,
      update,
      sender,
      layout: plenaryLayout,
      context: plenaryWriteContext(server.doc),
      bindings: server.bindings,
    },
    {
      apply: () => Y.applyUpdate(server.doc, update),
      rollback: () => {
        const restored = new Y.Doc();
        Y.applyUpdate(restored, before);
        server.doc = restored;
      },
    },
  );
  if (result.ok) for (const client of result.newClients) server.bindings.bind(client, sender.participantId);
  return result;
}
