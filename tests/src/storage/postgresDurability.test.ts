import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { DATABASE_FILE } from '@parley/server';
import { CloseCodes, fragmentPlainText, insertClause, plenaryRoots, readClausesInOrder } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openPostgresStorage } from '../../../server/src/storage/postgres/PostgresStorage.ts';
import { sessionWithPeople } from '../helpers/api.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { spawnServer } from '../helpers/spawnServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** Parley processes with `PARLEY_DATABASE_URL` set: sessions and documents live in PostgreSQL. */
const postgres = usePostgres();
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../server');

const texts = (doc: Y.Doc) => readClausesInOrder(plenaryRoots(doc)).map((c) => fragmentPlainText(c.body));

/**
 * The clause texts a server started afresh on the database serves (the data directory, which holds
 * the signing secret, is the first server's).
 */
async function textsStoredIn(url: string, dataDir: string, sessionId: string, token: string): Promise<string[]> {
  const reopened = await openPostgresStorage(url);
  const again = await startServer({ dataDir }, () => reopened);
  const reader = await RawClient.connect(again.wsUrl, sessionId, token);
  await reader.sync();
  return texts(reader.doc);
}

describe('a Parley server on PostgreSQL', () => {
  it('keeps an edit through a SIGKILL and a restart with another data directory, and compacts into PostgreSQL on SIGTERM', async () => {
    const url = await postgres().createDatabase('durability');
    // The secret signs the tokens: servers sharing a database share it (the data directory is theirs alone).
    const env = { PARLEY_DATABASE_URL: url, PARLEY_SECRET: 'a shared secret of the servers' };
    const firstDir = tempDir();
    const first = await spawnServer(firstDir, env);
    const { session, mediator, observer } = await sessionWithPeople(first.url);
    const writer = await connectProvider(first.wsUrl, session.id, { token: mediator.token });
    const watcher = await connectProvider(first.wsUrl, session.id, { token: observer.token });
    insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Stored in PostgreSQL' });
    // Relayed means stored: the watcher seeing it is the acknowledgement.
    await waitFor(() => texts(watcher.doc).includes('Stored in PostgreSQL'), 'the watcher to receive the edit');
    writer.provider.destroy();
    watcher.provider.destroy();

    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(fs.existsSync(path.join(firstDir, DATABASE_FILE))).toBe(false);

    const second = await spawnServer(tempDir(), env);
    const reader = await connectProvider(second.wsUrl, session.id, { token: observer.token });
    expect(texts(reader.doc)).toEqual(['Stored in PostgreSQL']);
    // The session itself (participants, the record) came back too.
    const audit = await fetch(`${second.url}/api/sessions/${session.id}/audit`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    expect(audit.status).toBe(200);
    reader.provider.destroy();

    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
    const storage = await openPostgresStorage(url);
    try {
      expect(await storage.countUpdates(session.id)).toBe(0);
      const stored = await storage.loadDocument(session.id);
      const doc = new Y.Doc();
      if (stored.state) Y.applyUpdate(doc, stored.state);
      expect(texts(doc)).toEqual(['Stored in PostgreSQL']);
    } finally {
      await storage.close();
    }
    // `pnpm export` reads the same database with the servers stopped.
    const out = path.join(tempDir(), 'agreement.md');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/export.ts', '--session', session.id, '--format', 'md', '--out', out],
      { cwd: serverDir, env: { ...process.env, PARLEY_DATABASE_URL: url } },
    );
    expect(stdout).toContain(`wrote ${out}`);
    expect(fs.readFileSync(out, 'utf8')).toContain('Stored in PostgreSQL');
  });

  it('holds an edit it cannot store while PostgreSQL is stalled (not relayed, sender told 4500) and stores it when PostgreSQL answers again', async () => {
    const url = await postgres().createDatabase('stall');
    const storage = await openPostgresStorage(url, { queryTimeoutMs: 1_000 });
    const server = await startServer({ idleUnloadMs: 100 }, () => storage);
    const { session, mediator, delegateB } = await sessionWithPeople(server.url);
    const writer = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const other = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });

    postgres().pause();
    const stalledAt = Date.now();
    try {
      insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Written while the database was stalled' });
      await waitFor(
        () => writer.closes.some((c) => c.code === CloseCodes.StorageFailed.code),
        'the sender to be told',
        10_000,
      );
      console.log(`stalled PostgreSQL: the sender was told after ${Date.now() - stalledAt} ms (query timeout 1000 ms)`);
      expect(texts(other.doc)).toEqual([]);
      expect(server.logLines.some((line) => line.includes('storage.append_failed'))).toBe(true);
    } finally {
      postgres().resume();
    }
    await waitFor(
      () => texts(other.doc).includes('Written while the database was stalled'),
      'the edit to land once PostgreSQL answers',
      20_000,
    );

    // Stored, not only relayed: a server started afresh on the database has it.
    await server.close();
    expect(await textsStoredIn(url, server.dataDir, session.id, mediator.token)).toEqual([
      'Written while the database was stalled',
    ]);
  });

  it('survives PostgreSQL going away (SIGKILL) and coming back: the edit made meanwhile is held, then stored', async () => {
    const url = await postgres().createDatabase('outage');
    const lost: string[] = [];
    const storage = await openPostgresStorage(url, {
      queryTimeoutMs: 1_000,
      onConnectionError: (error) => lost.push(error.message),
    });
    const server = await startServer({ idleUnloadMs: 100 }, () => storage);
    const { session, mediator, delegateB } = await sessionWithPeople(server.url);
    const writer = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const other = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });

    await postgres().kill();
    try {
      insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Written while the database was down' });
      await waitFor(
        () => writer.closes.some((c) => c.code === CloseCodes.StorageFailed.code),
        'the sender to be told',
        10_000,
      );
      expect(texts(other.doc)).toEqual([]);
      // The pool's idle connections died with the database: reported, not an uncaught 'error' event.
      expect(lost.length).toBeGreaterThan(0);
    } finally {
      await postgres().restart();
    }
    await waitFor(
      () => texts(other.doc).includes('Written while the database was down'),
      'the edit to land once PostgreSQL is back',
      20_000,
    );
    await server.close();
    expect(await textsStoredIn(url, server.dataDir, session.id, mediator.token)).toEqual([
      'Written while the database was down',
    ]);
  });

  it('does not start when PostgreSQL cannot be reached, and says why', async () => {
    const server = spawnServer(tempDir(), {
      PARLEY_DATABASE_URL: `postgres://parley@127.0.0.1:${postgres().port}/missing`,
    });
    await expect(server).rejects.toThrow(/Parley could not start: .*database "missing" does not exist/);
  });
});
