import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type Daemon, handOver, serverLog, startDaemon } from './daemonProcess.ts';
import { freePort } from './freePort.ts';
import { TEST_DATABASE as DATABASE, newCluster, TEST_USER as USER } from './postgresTemplate.ts';

/**
 * A real PostgreSQL for tests (issue 16): Debian's server binaries (installed when missing by
 * `scripts/ensure-postgres.mjs`, which the README's test command runs first), a fresh cluster (a copy
 * of an initdb'd template, see postgresTemplate.ts) in a temp dir, run as an unprivileged user (PostgreSQL refuses root), listening on
 * 127.0.0.1 on a free port with its Unix socket in the temp dir. fsync stays on: the cluster tests
 * are about what survives.
 */
export interface PostgresServer {
  /** `postgres://parley@127.0.0.1:<port>/parley`: the superuser `parley` (trust auth on loopback), database `parley`. */
  readonly url: string;
  readonly port: number;
  /** How long copying the cluster and starting it took, in ms (the first on a machine includes initdb). */
  readonly startupMs: number;
  /** A new empty database on this server, as a URL: one per test that needs a clean slate. */
  createDatabase(name: string): Promise<string>;
  /** The server's log so far. */
  output(): string;
  /** SIGSTOP to the postmaster and every backend: open connections hang, new ones are not answered. */
  pause(): void;
  /** SIGCONT to them all. */
  resume(): void;
  /** SIGKILL to them all; `restart()` brings the same cluster back on the same port. */
  kill(): Promise<void>;
  /** Starts the cluster again after `kill()` or `stop()` (crash recovery replays its WAL). */
  restart(): Promise<void>;
  /** Fast shutdown, then removes the temp dir. */
  stop(): Promise<void>;
}

const BINARIES = ['initdb', 'postgres'];

/** PARLEY_PG_BIN, or the newest /usr/lib/postgresql/<version>/bin with the server binaries. */
function binDir(): string {
  const explicit = process.env.PARLEY_PG_BIN;
  if (explicit) return explicit;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((version) => BINARIES.every((binary) => fs.existsSync(path.join(root, version, 'bin', binary))))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const newest = versions[0];
  if (newest === undefined) {
    throw new Error(
      'PostgreSQL server binaries not found: run `node scripts/ensure-postgres.mjs` or set PARLEY_PG_BIN',
    );
  }
  return path.join(root, newest, 'bin');
}

export interface PostgresOptions {
  /** `-c` settings on top of the defaults below, e.g. `{ max_connections: '20' }`. */
  readonly settings?: Readonly<Record<string, string>>;
}

/** Small and local: a test cluster shares two cores and the memory with everything else. */
const DEFAULT_SETTINGS: Readonly<Record<string, string>> = {
  fsync: 'on',
  shared_buffers: '16MB',
  max_connections: '50',
  // No background vacuuming competing for the two cores during short tests on small tables.
  autovacuum: 'off',
};

export async function startPostgres(options: PostgresOptions = {}): Promise<PostgresServer> {
  const started = Date.now();
  const bin = binDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-pg-'));
  handOver(root);
  const dataDir = path.join(root, 'data');
  try {
    await newCluster(bin, dataDir);
  } catch (error) {
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const initialised = Date.now();
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  // Replaced by each (re)start; a record rather than two `let`s, which TypeScript would narrow to `null`.
  const state: { port: number; daemon: Daemon | null } = { port: 0, daemon: null };
  const launch = async (fixedPort: number | null): Promise<void> => {
    // A free port may be taken by someone else before the postmaster binds it: try another.
    for (let attempt = 1; ; attempt++) {
      state.port = fixedPort ?? (await freePort());
      try {
        state.daemon = await startDaemon({
          name: 'postgres',
          command: path.join(bin, 'postgres'),
          args: [
            '-D',
            dataDir,
            '-p',
            String(state.port),
            '-h',
            '127.0.0.1',
            '-k',
            root,
            ...Object.entries(settings).flatMap(([key, value]) => ['-c', `${key}=${value}`]),
          ],
          ready: /database system is ready to accept connections/,
        });
        return;
      } catch (error) {
        const portTaken = /could not bind|Address already in use/.test(String(error));
        if (!portTaken || fixedPort !== null || attempt >= 3) throw error;
      }
    }
  };
  try {
    await launch(null);
  } catch (error) {
    await state.daemon?.kill();
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }
  const startupMs = Date.now() - started;
  const port = state.port;
  serverLog(
    'postgres on port %d (pid %d) started in %d ms (cluster copied from the template in %d ms), data in %s',
    port,
    state.daemon?.pid,
    startupMs,
    initialised - started,
    root,
  );
  const current = (): Daemon => {
    if (!state.daemon) throw new Error('postgres is not running');
    return state.daemon;
  };
  return {
    url: urlFor(port, DATABASE),
    port,
    startupMs,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`);
      await query(urlFor(port, DATABASE), `CREATE DATABASE ${name}`);
      return urlFor(port, name);
    },
    output: () => state.daemon?.output() ?? '',
    pause: () => current().pause(),
    resume: () => current().resume(),
    kill: () => current().kill(),
    async restart() {
      if (state.daemon?.running()) throw new Error('postgres is still running: kill() or stop() it first');
      await launch(port);
      serverLog('postgres on port %d restarted (pid %d)', port, state.daemon?.pid);
    },
    async stop() {
      // SIGINT is PostgreSQL's fast shutdown: open transactions are rolled back, nothing is waited for.
      await state.daemon?.stop('SIGINT');
      fs.rmSync(root, { recursive: true, force: true });
      serverLog('postgres on port %d stopped', port);
    },
  };
}

/**
 * One PostgreSQL for the tests of one file: started before the first test, stopped (and its temp dir
 * removed) after the last. Call it at the top level of the test file; the getter answers the server.
 */
export function usePostgres(options: PostgresOptions = {}): () => PostgresServer {
  let server: PostgresServer | null = null;
  beforeAll(async () => {
    server = await startPostgres(options);
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('usePostgres(): the server starts in beforeAll; read it inside tests');
    return server;
  };
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}@127.0.0.1:${port}/${database}`;
}

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
