import { afterEach, describe, expect, it } from 'vitest';
import { documentStoreContract } from '../../../server/src/storage/DocumentStore.contract.ts';
import { openPostgresStorage, type PostgresStorage } from '../../../server/src/storage/postgres/PostgresStorage.ts';
import { sessionStoreContract } from '../../../server/src/storage/SessionStore.contract.ts';
import { usePostgres } from '../helpers/postgresServer.ts';

/**
 * The storage contract suites, which SqliteStorage passes, against PostgresStorage on a real
 * PostgreSQL: a fresh database per test, opened again (a new pool) for the reopen tests.
 */
const postgres = usePostgres();
let databases = 0;
const opened: PostgresStorage[] = [];

afterEach(async () => {
  // A test that failed before closing its storage must not leave a pool holding connections.
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

async function open(url: string): Promise<PostgresStorage> {
  const storage = await openPostgresStorage(url, { queryTimeoutMs: 5_000, maxConnections: 4 });
  opened.push(storage);
  return storage;
}

async function freshDatabase(): Promise<string> {
  databases += 1;
  return postgres().createDatabase(`storage_${databases}`);
}

sessionStoreContract('PostgreSQL', async () => {
  const url = await freshDatabase();
  return { storage: await open(url), reopen: () => open(url) };
});

documentStoreContract('PostgreSQL', async () => {
  const url = await freshDatabase();
  const store = await open(url);
  return {
    store,
    reopen: () => open(url),
    // Saved revisions belong to a session (a foreign key here as in SQLite).
    withSession: (id) => store.createSession({ id, title: 'Talks', createdAt: 1, parties: [] }, []),
  };
});

describe('PostgresStorage', () => {
  it('answers sequence numbers in the order of the batch, across a large turn', async () => {
    const storage = await open(await freshDatabase());
    const entries = Array.from({ length: 200 }, (_, i) => ({
      docName: i % 2 === 0 ? 'a' : 'b',
      update: Uint8Array.from([i % 256, 0xff, 0]),
    }));
    const seqs = await storage.appendUpdates(entries);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set(seqs).size).toBe(200);
    const a = await storage.loadDocument('a');
    expect(a.updates).toEqual(entries.filter((e) => e.docName === 'a').map((e) => e.update));
    expect(a.lastSeq).toBe(seqs[198]);
  });

  it('a turn that fails stores none of it: no update, no binding, no history row', async () => {
    const storage = await open(await freshDatabase());
    const row = {
      docName: 'doc',
      clauseId: 'c1',
      at: 1,
      until: 1,
      participantId: null,
      coAuthors: [],
      kind: 'edit' as const,
    };
    await expect(
      storage.appendUpdates(
        [{ docName: 'doc', update: Uint8Array.from([1]) }],
        // A NUL character is refused by PostgreSQL's text type: the transaction fails after the updates.
        [{ ...row, textBefore: '', textAfter: 'bad \u0000 text' }],
        [{ docName: 'doc', client: 5, owner: 'u1' }],
      ),
    ).rejects.toThrow();
    expect(await storage.loadDocument('doc')).toEqual({ state: null, updates: [], lastSeq: 0 });
    expect(await storage.loadClientBindings('doc')).toEqual(new Map());
    expect(await storage.lastClauseHistory('doc', 'c1')).toBeNull();
  });

  it('folds rows of one turn with the same key as one upsert after another would', async () => {
    const storage = await open(await freshDatabase());
    const row = { docName: 'doc', clauseId: 'c1', at: 10, participantId: 'u1', kind: 'edit' as const };
    await storage.appendUpdates(
      [],
      [
        { ...row, until: 10, coAuthors: [], textBefore: 'first', textAfter: 'a' },
        // The entry became joint within the turn: its co-authors are the last row's.
        { ...row, until: 20, coAuthors: ['u2'], textBefore: 'second', textAfter: 'a b' },
      ],
    );
    expect(await storage.lastClauseHistory('doc', 'c1')).toEqual({
      ...row,
      until: 20,
      coAuthors: ['u2'],
      textBefore: 'first',
      textAfter: 'a b',
    });
  });

  it('fails a query against a stalled database after its query timeout instead of hanging', async () => {
    const storage = await openPostgresStorage(postgres().url, { queryTimeoutMs: 500 });
    opened.push(storage);
    await storage.appendUpdate('stall', Uint8Array.from([1]));
    postgres().pause();
    const started = Date.now();
    try {
      await expect(storage.appendUpdates([{ docName: 'stall', update: Uint8Array.from([2]) }])).rejects.toThrow(
        /timeout/i,
      );
    } finally {
      postgres().resume();
    }
    const waited = Date.now() - started;
    expect(waited).toBeLessThan(5_000);
    // Working again once the database is: the connection that timed out was dropped, not reused. The
    // turn that failed is not there: it timed out before its COMMIT, and closing the connection rolled
    // it back (it would have been applied on SIGCONT had it been an autocommitted statement).
    await storage.appendUpdate('stall', Uint8Array.from([3]));
    expect((await storage.loadDocument('stall')).updates).toEqual([Uint8Array.from([1]), Uint8Array.from([3])]);
  });
});
