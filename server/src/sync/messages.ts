import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** y-websocket's message types (the first varUint of every frame) and y-protocols' sync sub-types. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncType.step1);
  encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc));
  return encoding.toUint8Array(encoder);
}

/** What a client that holds `remoteStateVector` lacks of the document (all of it without one). */
export function encodeSyncStep2(doc: Y.Doc, remoteStateVector?: Uint8Array): Uint8Array {
  return syncStep2Of(Y.encodeStateAsUpdate(doc, remoteStateVector));
}

/** A sync step 2 frame carrying an update as it is (e.g. a stored state). */
export function syncStep2Of(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncType.step2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Whether a client's state vector says it holds nothing of any client (a fresh document). */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  // A state vector starts with its number of entries; an empty one is that count, 0, alone.
  return stateVector.length === 1 && stateVector[0] === 0;
}

export function encodeUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, SyncType.update);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}
