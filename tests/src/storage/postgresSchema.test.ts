import pg from 'pg';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  expectHistoryRowUpgradedToCoAuthors,
  HISTORY_ROW_BEFORE_CO_AUTHORS_SQL,
} from '../../../server/src/storage/DocumentStore.contract.ts';
import { openPostgresStorage } from '../../../server/src/storage/postgres/PostgresStorage.ts';
import { applySchema, POSTGRES_SCHEMA_STEPS } from '../../../server/src/storage/postgres/schema.ts';
import { usePostgres } from '../helpers/postgresServer.ts';

/** The PostgreSQL schema steps (issue 16) on a real server: a fresh database per test. */
const postgres = usePostgres();
let databases = 0;

async function freshDatabase(): Promise<pg.Client> {
  return connect(await freshDatabaseUrl());
}

async function freshDatabaseUrl(): Promise<string> {
  databases += 1;
  return postgres().createDatabase(`schema_${databases}`);
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  onTestFinished(() => client.end());
  return client;
}

async function tables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
  );
  return rows.map((row) => row.name);
}

async function appliedVersions(client: pg.Client): Promise<number[]> {
  const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
  return rows.map((row) => row.version);
}

describe('PostgreSQL schema steps', () => {
  it('creates every table on a fresh database, and applying again changes nothing', async () => {
    const client = await freshDatabase();
    expect(await applySchema(client)).toEqual({ from: 0, to: POSTGRES_SCHEMA_STEPS.length });
    const created = await tables(client);
    expect(created).toEqual([
      'audit_log',
      'clause_history',
      'client_bindings',
      'document_leases',
      'document_states',
      'document_updates',
      'invites',
      'notice_reads',
      'participant_visits',
      'participants',
      'schema_version',
      'sessions',
      'versions',
    ]);
    expect(await applySchema(client)).toEqual({ from: 3, to: 3 });
    expect(await tables(client)).toEqual(created);
    expect(await appliedVersions(client)).toEqual([1, 2, 3]);
  });

  it('upgrades a version-1 database, keeping its data (updates written before leases get epoch 0)', async () => {
    const client = await freshDatabase();
    expect(await applySchema(client, POSTGRES_SCHEMA_STEPS.slice(0, 1))).toEqual({ from: 0, to: 1 });
    await client.query("INSERT INTO sessions VALUES ('s1', 'Talks', 1, '[]')");
    await client.query(
      "INSERT INTO document_updates (doc, data) VALUES ('s1/plenary', '\\x0102'), ('s1/plenary', '\\x03')",
    );

    expect(await applySchema(client, POSTGRES_SCHEMA_STEPS.slice(0, 2))).toEqual({ from: 1, to: 2 });
    expect(await appliedVersions(client)).toEqual([1, 2]);
    expect((await client.query('SELECT title FROM sessions')).rows).toEqual([{ title: 'Talks' }]);
    const updates = await client.query<{ data: Buffer; epoch: string }>(
      'SELECT data, epoch FROM document_updates ORDER BY seq',
    );
    expect(updates.rows).toEqual([
      { data: Buffer.from([1, 2]), epoch: '0' },
      { data: Buffer.from([3]), epoch: '0' },
    ]);
    // From now on every append says under which lease it was written.
    await expect(
      client.query("INSERT INTO document_updates (doc, data) VALUES ('s1/plenary', '\\x04')"),
    ).rejects.toThrow(/epoch/);
  });

  it('upgrades a version-2 database: clause history written before co-authors existed reads as one author’s', async () => {
    const url = await freshDatabaseUrl();
    const client = await connect(url);
    expect(await applySchema(client, POSTGRES_SCHEMA_STEPS.slice(0, 2))).toEqual({ from: 0, to: 2 });
    await client.query(HISTORY_ROW_BEFORE_CO_AUTHORS_SQL);
    expect(await applySchema(client)).toEqual({ from: 2, to: 3 });
    const storage = await openPostgresStorage(url, { queryTimeoutMs: 5_000, maxConnections: 2 });
    onTestFinished(() => storage.close());
    await expectHistoryRowUpgradedToCoAuthors(storage);
  });

  it('applies all pending steps in one transaction: a failing step leaves the database as it was', async () => {
    const client = await freshDatabase();
    await expect(applySchema(client, [...POSTGRES_SCHEMA_STEPS, 'CREATE TABLE broken ('])).rejects.toThrow(/syntax/);
    expect(await tables(client)).toEqual([]);
  });

  it('refuses a database whose schema is newer than this server', async () => {
    const client = await freshDatabase();
    await applySchema(client);
    await client.query('INSERT INTO schema_version (version) VALUES ($1)', [POSTGRES_SCHEMA_STEPS.length + 1]);
    await expect(applySchema(client)).rejects.toThrow(/newer than this server's/);
  });

  it('lets servers that start together apply each step exactly once', async () => {
    const url = await freshDatabaseUrl();
    const [first, second] = [await connect(url), await connect(url)];
    const results = await Promise.all([applySchema(first), applySchema(second)]);
    expect(results.map((result) => result.from).sort()).toEqual([0, POSTGRES_SCHEMA_STEPS.length]);
    expect(await appliedVersions(first)).toEqual([1, 2, 3]);
  });

  it('fences a former owner: an append under a superseded lease epoch writes nothing', async () => {
    const client = await freshDatabase();
    await applySchema(client);
    const take = `INSERT INTO document_leases (doc_name, owner, epoch, expires_at) VALUES ($1, $2, 1, now() + interval '5 s')
                  ON CONFLICT (doc_name) DO UPDATE SET owner = excluded.owner, epoch = document_leases.epoch + 1,
                    expires_at = excluded.expires_at
                  WHERE document_leases.epoch = $3 RETURNING epoch`;
    // The append the storage will make: in one statement, only while the lease still has our epoch
    // (FOR SHARE: a takeover waits for an append in flight, and an append after it sees the new epoch).
    const append = `INSERT INTO document_updates (doc, data, epoch)
                    SELECT $1, $2, epoch FROM document_leases WHERE doc_name = $1 AND epoch = $3 FOR SHARE
                    RETURNING seq`;
    expect((await client.query(take, ['s1/plenary', 'server-a', 0])).rows).toEqual([{ epoch: '1' }]);
    expect((await client.query(append, ['s1/plenary', Buffer.from([1]), 1])).rowCount).toBe(1);
    // server-a paused past its lease; server-b takes the document over.
    expect((await client.query(take, ['s1/plenary', 'server-b', 1])).rows).toEqual([{ epoch: '2' }]);
    expect((await client.query(append, ['s1/plenary', Buffer.from([2]), 1])).rowCount).toBe(0);
    expect((await client.query(append, ['s1/plenary', Buffer.from([3]), 2])).rowCount).toBe(1);
    const { rows } = await client.query('SELECT data, epoch FROM document_updates ORDER BY seq');
    expect(rows).toEqual([
      { data: Buffer.from([1]), epoch: '1' },
      { data: Buffer.from([3]), epoch: '2' },
    ]);
  });
});
