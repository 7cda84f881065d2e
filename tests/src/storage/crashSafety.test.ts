import { SqliteStorage } from '@parley/server';
import { fragmentPlainText, insertClause, plenaryRoots, readClausesInOrder } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sessionWithPeople } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { spawnServer } from '../helpers/spawnServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitFor } from '../helpers/waitFor.ts';

function allClauseText(doc: Y.Doc): string[] {
  return readClausesInOrder(plenaryRoots(doc)).map((clause) => fragmentPlainText(clause.body));
}

describe('durability', () => {
  it('every edit relayed before a SIGKILL is there after a restart on the same data directory', async () => {
    const dataDir = tempDir();
    const first = await spawnServer(dataDir);
    const { session, mediator, observer } = await sessionWithPeople(first.url);
    const writer = await RawClient.connect(first.wsUrl, session.id, mediator.token);
    const watcher = await RawClient.connect(first.wsUrl, session.id, observer.token);
    await writer.sync();
    await watcher.sync();

    // Each edit is its own update message; the watcher seeing it proves the server relayed it.
    const edits = 200;
    writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') writer.sendUpdate(update);
    });
    const clauseId = insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: '' });
    const body = readClausesInOrder(plenaryRoots(writer.doc))[0]?.body;
    if (!body) throw new Error('clause missing');
    const paragraph = new Y.XmlElement('paragraph');
    body.insert(0, [paragraph]);
    const line = new Y.XmlText();
    paragraph.insert(0, [line]);
    for (let i = 0; i < edits; i++) line.insert(line.length, `${i % 10}`);
    await waitFor(() => allClauseText(watcher.doc)[0]?.length === edits, 'the watcher to receive every edit');

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await spawnServer(dataDir);
    const reader = await RawClient.connect(second.wsUrl, session.id, observer.token);
    await reader.sync();
    expect(readClausesInOrder(plenaryRoots(reader.doc)).map((c) => c.id)).toEqual([clauseId]);
    expect(allClauseText(reader.doc)).toEqual(allClauseText(watcher.doc));
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(writer.doc));
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  });

  it('SIGTERM closes connections with 1001, compacts, and exits 0; the content survives', async () => {
    const dataDir = tempDir();
    const server = await spawnServer(dataDir, { PARLEY_COMPACT_AFTER: '100000' });
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const client = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await client.sync();
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') client.sendUpdate(update);
    });
    for (let i = 0; i < 30; i++) insertClause(plenaryRoots(client.doc), { kind: 'operative', text: `Clause ${i}` });
    const probe = await RawClient.connect(server.wsUrl, session.id, observer.token);
    await probe.sync();
    expect(allClauseText(probe.doc)).toHaveLength(30);

    server.child.kill('SIGTERM');
    expect((await client.closed).code).toBe(1001);
    expect((await server.exited).code).toBe(0);

    const storage = new SqliteStorage(dataDir);
    try {
      expect(await storage.countUpdates(session.id)).toBe(0);
      const stored = await storage.loadDocument(session.id);
      const doc = new Y.Doc();
      if (stored.state) Y.applyUpdate(doc, stored.state);
      expect(allClauseText(doc)).toEqual(allClauseText(probe.doc));
    } finally {
      storage.close();
    }
  });
});
