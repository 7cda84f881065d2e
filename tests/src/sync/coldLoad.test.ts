import { SqliteStorage } from '@parley/server';
import type { SessionId } from '@parley/shared';
import {
  CURRENT_SCHEMA_VERSION,
  fragmentPlainText,
  insertClause,
  plenaryRoots,
  readClausesInOrder,
  readSchemaVersion,
} from '@parley/shared';
import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer, type TestServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

/**
 * Cold load (issue 17): a document stored as one compacted state is sent to a new client as it is
 * stored, before the server has applied it; the server applies it on first read. These tests check
 * that nothing of the protocol's guarantees changes for it: the client ends up holding what the
 * server holds, later changes reach it, the gate checks every write, and a document the server
 * cannot take is refused as before.
 */

const texts = (doc: Y.Doc) => readClausesInOrder(plenaryRoots(doc)).map((clause) => fragmentPlainText(clause.body));

/** A mediator types `count` clauses into the plenary; returns their texts once the room has unloaded. */
async function compactedPlenary(server: TestServer, sessionId: string, token: string, count: number) {
  const writer = await RawClient.connect(server.wsUrl, sessionId, token);
  await writer.sync();
  writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') writer.sendUpdate(update);
  });
  for (let i = 0; i < count; i++) insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: `Article ${i}` });
  await waitForAsync(async () => texts(await storedDoc(server, sessionId)).length === count, 'the clauses stored');
  writer.close();
  await waitFor(() => !server.sync.rooms.isLoaded(sessionId), 'the room to unload');
  expect(await server.storage.countUpdates(sessionId)).toBe(0);
  return texts(writer.doc);
}

async function storedDoc(server: TestServer, sessionId: string): Promise<Y.Doc> {
  const stored = await server.storage.loadDocument(sessionId);
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

interface SyncFrame {
  readonly syncType: number;
  readonly payload: Uint8Array;
}

/** A raw connection that records every sync frame from the first one, and sends its step 1 on open. */
function recordingClient(
  url: string,
  stateVector = Y.encodeStateVector(new Y.Doc()),
): Promise<{ frames: SyncFrame[]; ws: WebSocket }> {
  const ws = new WebSocket(url, { perMessageDeflate: false });
  const frames: SyncFrame[] = [];
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== 0) return;
    frames.push({ syncType: decoding.readVarUint(decoder), payload: decoding.readVarUint8Array(decoder) });
  });
  return new Promise((resolve, reject) => {
    ws.once('open', () => {
      ws.send(Uint8Array.from([0, 0, stateVector.length, ...stateVector]));
      resolve({ frames, ws });
    });
    ws.once('error', reject);
  });
}

describe('cold load of a compacted document', () => {
  it('answers a new client’s step 1 with the state as stored, then sends its own step 1; the client holds what the server holds', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const written = await compactedPlenary(server, session.id, mediator.token, 12);
    const stored = await server.storage.loadDocument(session.id);

    const { frames, ws } = await recordingClient(`${server.wsUrl}/${session.id}?token=${observer.token}`);
    await waitFor(() => frames.length === 2, 'the answer and the server’s step 1');
    await new Promise((resolve) => setTimeout(resolve, 100));
    ws.terminate();
    expect(frames.map((frame) => frame.syncType)).toEqual([1, 0]);
    expect(frames[0]?.payload).toEqual(stored.state);

    const client = new Y.Doc();
    for (const frame of frames) if (frame.syncType === 1) Y.applyUpdate(client, frame.payload);
    expect(texts(client)).toEqual(written);
    const held = await server.sync.rooms.readPlenary(session.id as SessionId, (doc) => Y.encodeStateVector(doc));
    expect(Y.encodeStateVector(client)).toEqual(held);
  });

  it('a client that holds the document (a reconnect) is sent only what it lacks, not the stored state', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    await compactedPlenary(server, session.id, mediator.token, 8);
    const held = await storedDoc(server, session.id);

    const { frames, ws } = await recordingClient(
      `${server.wsUrl}/${session.id}?token=${observer.token}`,
      Y.encodeStateVector(held),
    );
    await waitFor(() => frames.length === 2, 'the server’s step 1 and its answer');
    ws.terminate();
    expect(frames.map((frame) => frame.syncType).sort()).toEqual([0, 1]);
    const answer = frames.find((frame) => frame.syncType === 1)?.payload ?? new Uint8Array();
    expect(Y.decodeUpdate(answer).structs).toHaveLength(0);
  });

  it('a client cold-loaded from the stored state, and every later new client, get the changes made after it', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer, delegateA } = await sessionWithPeople(server.url);
    await compactedPlenary(server, session.id, mediator.token, 3);

    const first = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await first.sync();
    expect(texts(first.doc)).toHaveLength(3);
    // The room is loaded and unchanged: this client is sent the same encoded state.
    const second = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    await second.sync();
    expect(texts(second.doc)).toHaveLength(3);

    const writer = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await writer.sync();
    writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') writer.sendUpdate(update);
    });
    insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Added after the cold load' });
    await waitFor(() => texts(first.doc).length === 4 && texts(second.doc).length === 4, 'the change relayed');
    expect(texts(first.doc)).toEqual(texts(writer.doc));

    // A new client after the change is not sent the state encoded before it.
    const third = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await third.sync();
    expect(texts(third.doc)).toEqual(texts(writer.doc));
  });

  it('the gate checks the first writes after a cold load against the whole document', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const written = await compactedPlenary(server, session.id, mediator.token, 2);

    // An observer may not write: its update, sent at once, is refused whole.
    const intruder = await RawClient.connect(server.wsUrl, session.id, observer.token);
    const forged = new Y.Doc();
    insertClause(plenaryRoots(forged), { kind: 'operative', text: 'Not allowed' });
    intruder.sendUpdate(Y.encodeStateAsUpdate(forged));
    expect((await intruder.closedWithin(5000, 'the forged update')).code).toBe(4403);
    expect(texts(await storedDoc(server, session.id))).toEqual(written);

    // A mediator's first update, sent before its step 1 was answered, is admitted and stored.
    await waitFor(() => !server.sync.rooms.isLoaded(session.id), 'the room to unload again');
    const editor = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    const prior = new Y.Doc();
    Y.applyUpdate(prior, (await server.storage.loadDocument(session.id)).state ?? new Uint8Array());
    prior.on('update', (update: Uint8Array) => editor.sendUpdate(update));
    insertClause(plenaryRoots(prior), { kind: 'operative', text: 'Allowed' });
    await waitForAsync(async () => texts(await storedDoc(server, session.id)).length === 3, 'the edit stored');
    expect(editor.isOpen).toBe(true);
  });

  it('the y-websocket provider syncs a cold-loaded document and keeps editing it', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const written = await compactedPlenary(server, session.id, mediator.token, 5);

    const provider = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    expect(texts(provider.doc)).toEqual(written);
    insertClause(plenaryRoots(provider.doc), { kind: 'operative', text: 'From the provider' });
    const reader = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await reader.sync();
    await waitFor(() => texts(reader.doc).length === 6, 'the provider’s clause at a new client');
    expect(provider.closes).toEqual([]);
  });
});

describe('cold load of a stored state that needs the server', () => {
  /** Replaces the session's stored plenary by `state` (the server stopped), then starts a server on it. */
  async function restartWithState(server: TestServer, sessionId: string, state: Uint8Array): Promise<TestServer> {
    await server.close();
    const storage = new SqliteStorage(server.dataDir);
    const { lastSeq } = await storage.loadDocument(sessionId);
    await storage.compact(sessionId, state, lastSeq);
    storage.close();
    return startServer({ dataDir: server.dataDir, idleUnloadMs: 100 });
  }

  it('a state from an older schema is sent as stored, then the migration reaches the client like any change', async () => {
    const first = await startServer();
    const { session, observer } = await sessionWithPeople(first.url);
    const old = new Y.Doc();
    insertClause(plenaryRoots(old), { kind: 'operative', text: 'Stored before the migrations' });
    expect(readSchemaVersion(plenaryRoots(old))).toBe(0);
    const server = await restartWithState(first, session.id, Y.encodeStateAsUpdate(old));

    const client = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await client.sync();
    await waitFor(() => readSchemaVersion(plenaryRoots(client.doc)) === CURRENT_SCHEMA_VERSION, 'the migration');
    expect(texts(client.doc)).toEqual(['Stored before the migrations']);
    const held = await server.sync.rooms.readPlenary(session.id as SessionId, (doc) => Y.encodeStateAsUpdate(doc));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, held);
    expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(copy));
  });

  it('a state from a newer Parley is never applied: its connections close with 4500 each time and nothing is written', async () => {
    const first = await startServer();
    const { session, observer, mediator } = await sessionWithPeople(first.url);
    const newer = new Y.Doc();
    plenaryRoots(newer).meta.set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const server = await restartWithState(first, session.id, Y.encodeStateAsUpdate(newer));

    for (const token of [observer.token, mediator.token]) {
      const client = await RawClient.connect(server.wsUrl, session.id, token);
      client.sendSyncStep1();
      expect((await client.closedWithin(5000, 'the newer document')).code).toBe(4500);
    }
    expect(server.logLines.some((line) => line.includes('room.load_failed'))).toBe(true);
    // Nothing was written to it.
    expect(await server.storage.countUpdates(session.id)).toBe(0);
  });
});
