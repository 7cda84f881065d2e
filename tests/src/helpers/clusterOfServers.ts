import crypto from 'node:crypto';
import pg from 'pg';
import { onTestFinished } from 'vitest';
import { openPostgresStorage, type PostgresStorage } from '../../../server/src/storage/postgres/PostgresStorage.ts';
import { type ServerProcess, spawnServer } from './spawnServer.ts';
import { tempDir } from './tempDir.ts';

export interface ClusterServer extends ServerProcess {
  readonly id: string;
}

export interface ClusterOfServers {
  readonly servers: ClusterServer[];
  readonly databaseUrl: string;
  /** A storage on the cluster's database, for the test to read what was stored. */
  readonly storage: PostgresStorage;
  /** The server holding a session's lease now, by id (null: nobody). */
  ownerOf(sessionId: string): Promise<{ owner: string; epoch: number; expired: boolean } | null>;
  server(id: string): ClusterServer;
  /** Starts one more server (or one that was killed again, under its id) in the same cluster. */
  start(id: string): Promise<ClusterServer>;
}

/**
 * Parley servers as separate processes (so a test can SIGKILL or SIGSTOP one) on one PostgreSQL
 * database and one Redis, sharing a secret as a cluster must. Ids are `s0`, `s1`, …
 */
export async function startClusterOfServers(options: {
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly count?: number;
  readonly leaseMs?: number;
  readonly env?: Record<string, string>;
  /** Where the servers' ends are registered: the test by default, or a file's afterAll. */
  readonly atEnd?: (cleanup: () => void | Promise<void>) => void;
}): Promise<ClusterOfServers> {
  const atEnd = options.atEnd ?? onTestFinished;
  const secret = crypto.randomBytes(24).toString('base64url');
  const start = async (id: string): Promise<ClusterServer> => {
    const spawned = await spawnServer(
      tempDir('parley-test-', atEnd),
      {
        PARLEY_DATABASE_URL: options.databaseUrl,
        PARLEY_REDIS_URL: options.redisUrl,
        PARLEY_SECRET: secret,
        PARLEY_SERVER_ID: id,
        PARLEY_LEASE_MS: String(options.leaseMs ?? 3_000),
        PARLEY_CREATE_PER_MINUTE: '10000',
        PARLEY_JOINS_PER_MINUTE: '10000',
        PARLEY_LOG_LEVEL: process.env.PARLEY_TEST_CLUSTER_LOG ?? 'info',
        ...options.env,
      },
      atEnd,
    );
    return { ...spawned, id };
  };
  const servers = await Promise.all(Array.from({ length: options.count ?? 3 }, (_, i) => start(`s${i}`)));
  const storage = await openPostgresStorage(options.databaseUrl, { maxConnections: 2 });
  atEnd(() => storage.close());
  const ownerOf = async (sessionId: string) => {
    const client = new pg.Client({ connectionString: options.databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ owner: string; epoch: string; expired: boolean }>(
        'SELECT owner, epoch, expires_at <= now() AS expired FROM document_leases WHERE doc_name = $1',
        [sessionId],
      );
      const row = rows[0];
      return row ? { owner: row.owner, epoch: Number(row.epoch), expired: row.expired } : null;
    } finally {
      await client.end();
    }
  };
  return {
    servers,
    databaseUrl: options.databaseUrl,
    storage,
    ownerOf,
    server: (id) => {
      const found = servers.find((server) => server.id === id);
      if (!found) throw new Error(`no server ${id}`);
      return found;
    },
    start: async (id) => {
      const started = await start(id);
      const index = servers.findIndex((server) => server.id === id);
      if (index >= 0) servers[index] = started;
      else servers.push(started);
      return started;
    },
  };
}
