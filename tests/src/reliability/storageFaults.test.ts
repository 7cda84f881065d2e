import { SqliteStorage } from '@parley/server';
import { CloseCodes, fragmentPlainText, insertClause, plenaryRoots, readClausesInOrder } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** SQLite whose writes fail while `failing` is set, as with a full disk. */
class FaultySqlite extends SqliteStorage {
  failing = false;
  override async appendUpdates(...args: Parameters<SqliteStorage['appendUpdates']>): Promise<number[]> {
    if (this.failing) throw new Error('SQLITE_FULL: database or disk is full');
    return super.appendUpdates(...args);
  }
  override async compact(docName: string, state: Uint8Array, upToSeq: number): Promise<void> {
    if (this.failing) throw new Error('SQLITE_FULL: database or disk is full');
    await super.compact(docName, state, upToSeq);
  }
}

const texts = (doc: Y.Doc) => readClausesInOrder(plenaryRoots(doc)).map((c) => fragmentPlainText(c.body));

describe('storage faults', () => {
  it('an edit that cannot be stored is not relayed, its sender is told (4500), and it lands once storage recovers', async () => {
    let storage: FaultySqlite | null = null;
    const server = await startServer({ idleUnloadMs: 100 }, (dir) => {
      storage = new FaultySqlite(dir);
      return storage;
    });
    const faulty = storage as unknown as FaultySqlite;
    const { session, mediator, delegateB } = await sessionWithPeople(server.url);
    const writer = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const other = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });

    faulty.failing = true;
    insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Written while the disk was full' });
    await waitFor(() => writer.closes.some((c) => c.code === CloseCodes.StorageFailed.code), 'the sender to be told');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(texts(other.doc)).toEqual([]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(server.logLines.some((line) => line.includes('storage.append_failed'))).toBe(true);
    // With nobody connected, the room would unload: it must not, it holds the only copy.
    writer.provider.disconnect();
    other.provider.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(server.sync.rooms.isLoaded(session.id)).toBe(true);

    faulty.failing = false;
    other.provider.connect();
    writer.provider.connect();
    await waitFor(
      () => texts(other.doc).includes('Written while the disk was full'),
      'the edit to land after recovery',
      15_000,
    );

    await server.close();
    const reader = await startServer({ dataDir: server.dataDir });
    const fresh = await RawClient.connect(reader.wsUrl, session.id, mediator.token);
    await fresh.sync();
    expect(texts(fresh.doc)).toEqual(['Written while the disk was full']);
  });
});
