import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SessionId } from '@parley/shared';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import { createLogger } from '../log.ts';
import { SqliteStorage } from '../storage/SqliteStorage.ts';
import type { DocumentPolicy } from './DocumentPolicy.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { RoomRegistry } from './RoomRegistry.ts';

const openPolicy: DocumentPolicy = {
  mayOpen: () => true,
  writeContext: () => {
    throw new Error('no gate in these tests');
  },
  afterClientUpdate: () => undefined,
  record: () => undefined,
};

/** A connection that keeps every broadcast write it was given, as one buffer per write. */
function recorder(id: number): RoomConnection & { writes: Buffer[] } {
  const participant = { participantId: `p${id}`, name: `P${id}`, role: 'delegate' } as VerifiedParticipant;
  const writes: Buffer[] = [];
  return {
    id,
    participant,
    presence: { participantId: `p${id}`, name: `P${id}`, role: 'delegate', partyId: null, color: '#000000' },
    resyncRequests: 0,
    writes,
    send: () => undefined,
    sendWire: (wire) => writes.push(wire),
    close: () => undefined,
  };
}

/** The payloads of the WebSocket frames (server frames: unmasked, short) one write holds, in order. */
function framesIn(write: Buffer): Buffer[] {
  const frames: Buffer[] = [];
  for (let at = 0; at < write.length; ) {
    expect(write[at]).toBe(0x82);
    const length = write[at + 1] ?? 0;
    expect(length).toBeLessThan(126);
    frames.push(write.subarray(at + 2, at + 2 + length));
    at += 2 + length;
  }
  return frames;
}

/** The persist queue commits at the end of the turn and relays once that is done: a few turns later. */
const stored = () => new Promise((resolve) => setTimeout(resolve, 50));

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('relaying a stored batch', () => {
  it('sends each connection the batch’s other updates in order, in one write, never its own', async () => {
    const storage = new SqliteStorage(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-relay-')));
    const registry = new RoomRegistry({
      storage,
      log: createLogger('error'),
      idleUnloadMs: 60_000,
      compactAfterUpdates: 1_000,
      maxDocumentBytes: 1_000_000,
      policy: () => openPolicy,
    });
    cleanups.push(async () => {
      await registry.closeAll();
      storage.close();
    });
    const room = await registry.acquire('srelay', { kind: 'plenary', sessionId: 'srelay' as SessionId });
    await stored();
    const [a, b, c] = [recorder(1), recorder(2), recorder(3)];
    for (const connection of [a, b, c]) room.addConnection(connection);
    // Three changes in one turn, as three clients' updates would be (the gate is not the point here).
    const list = room.doc.getArray<string>('relayTest');
    const updates: Uint8Array[] = [];
    room.doc.on('update', (update: Uint8Array) => updates.push(update));
    room.doc.transact(() => list.push(['a1']), a);
    room.doc.transact(() => list.push(['b1']), b);
    room.doc.transact(() => list.push(['a2']), a);
    expect(c.writes).toHaveLength(0); // nothing before it is stored
    await stored();

    const payloadOf = (update: Uint8Array) => Buffer.from([0, 2, update.length, ...update]);
    expect(c.writes).toHaveLength(1);
    expect(framesIn(c.writes[0] as Buffer)).toEqual(updates.map(payloadOf));
    expect(a.writes).toHaveLength(1);
    expect(framesIn(a.writes[0] as Buffer)).toEqual([payloadOf(updates[1] as Uint8Array)]);
    expect(b.writes).toHaveLength(1);
    expect(framesIn(b.writes[0] as Buffer)).toEqual([updates[0], updates[2]].map((u) => payloadOf(u as Uint8Array)));
    // What was relayed is what storage holds.
    const onDisk = await storage.loadDocument('srelay');
    const copy = new Y.Doc();
    if (onDisk.state) Y.applyUpdate(copy, onDisk.state);
    for (const update of onDisk.updates) Y.applyUpdate(copy, update);
    expect(copy.getArray('relayTest').toArray()).toEqual(['a1', 'b1', 'a2']);
  });
});
