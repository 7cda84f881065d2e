import { SqliteStorage } from '@parley/server';
import type { SessionId } from '@parley/shared';
import { fragmentPlainText, insertClause, plenaryRoots, readClausesInOrder } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, sessionWithPeople } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

const texts = (doc: Y.Doc) => readClausesInOrder(plenaryRoots(doc)).map((clause) => fragmentPlainText(clause.body));

async function typeClauses(client: RawClient, count: number): Promise<void> {
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') client.sendUpdate(update);
  });
  for (let i = 0; i < count; i++) insertClause(plenaryRoots(client.doc), { kind: 'operative', text: `Article ${i}` });
}

describe('compaction and unloading', () => {
  it('compaction replaces the update log by one state row with identical content', async () => {
    const server = await startServer({ compactAfterUpdates: 25 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const writer = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await writer.sync();
    await typeClauses(writer, 60);
    const watcher = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await watcher.sync();
    expect(texts(watcher.doc)).toHaveLength(60);

    // 1 creation row + 60 updates; compaction runs in the background after every 25.
    await waitForAsync(async () => (await server.storage.countUpdates(session.id)) < 25, 'background compaction');
    const stored = await server.storage.loadDocument(session.id);
    expect(stored.state).not.toBeNull();
    const fromDisk = new Y.Doc();
    if (stored.state) Y.applyUpdate(fromDisk, stored.state);
    for (const update of stored.updates) Y.applyUpdate(fromDisk, update);
    expect(texts(fromDisk)).toEqual(texts(writer.doc));
    expect(Y.encodeStateVector(fromDisk)).toEqual(Y.encodeStateVector(writer.doc));
  });

  it('an idle document is compacted and unloaded, then reloaded from storage before it answers', async () => {
    const server = await startServer({ idleUnloadMs: 100 });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const writer = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await writer.sync();
    await typeClauses(writer, 5);
    const probe = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await probe.sync();
    expect(texts(probe.doc)).toHaveLength(5);
    writer.close();
    probe.close();

    await waitFor(() => !server.sync.rooms.isLoaded(session.id), 'the room to unload');
    expect(await server.storage.countUpdates(session.id)).toBe(0);

    const reader = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await reader.sync();
    expect(texts(reader.doc)).toEqual(texts(writer.doc));
  });

  it('a document stays in memory while someone is connected', async () => {
    const server = await startServer({ idleUnloadMs: 50 });
    const { session, observer } = await sessionWithPeople(server.url);
    const client = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await client.sync();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.sync.rooms.isLoaded(session.id)).toBe(true);
  });

  it('storage reopens with the same sessions and documents', async () => {
    const server = await startServer();
    const session = await createSession(server.url);
    await server.close();
    const storage = new SqliteStorage(server.dataDir);
    try {
      expect((await storage.getSession(session.id as SessionId))?.title).toBe('Talks on the northern border');
      // The mediator's, the observers', the language services' and one per party.
      expect(await storage.listInvites(session.id as SessionId)).toHaveLength(3 + session.parties.length);
    } finally {
      storage.close();
    }
  });
});
