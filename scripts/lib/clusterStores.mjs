// PostgreSQL and Redis for `pnpm cluster`, each in a directory of the cluster's temp dir, on a free
// port on 127.0.0.1, as the unprivileged user when we are root: the same way the cluster tests start
// theirs (tests/src/helpers/postgresServer.ts, redisServer.ts), minus the test-only knobs.
import fs from 'node:fs';
import path from 'node:path';
import { freePort, handOver, runToCompletion, startProcess } from './localProcesses.mjs';

const PG_BINARIES = ['initdb', 'postgres'];
const REDIS_SERVER = process.env.PARLEY_REDIS_SERVER ?? '/usr/bin/redis-server';

/** PARLEY_PG_BIN, or the newest /usr/lib/postgresql/<version>/bin with the server binaries. */
function postgresBin() {
  if (process.env.PARLEY_PG_BIN) return process.env.PARLEY_PG_BIN;
  const root = '/usr/lib/postgresql';
  const newest = (fs.existsSync(root) ? fs.readdirSync(root) : [])
    .filter((version) => PG_BINARIES.every((binary) => fs.existsSync(path.join(root, version, 'bin', binary))))
    .sort((a, b) => Number(b) - Number(a))[0];
  if (newest === undefined) throw new Error('PostgreSQL server binaries not found: set PARLEY_PG_BIN');
  return path.join(root, newest, 'bin');
}

/**
 * A new PostgreSQL cluster in `dir` (which must exist and be ours): superuser `parley`, trust
 * authentication (it listens on 127.0.0.1 only, and its socket is in `dir`), database `postgres`.
 * Resolves to `{ url, process }`.
 */
export async function startPostgres(dir) {
  const bin = postgresBin();
  const data = path.join(dir, 'data');
  handOver(dir);
  await runToCompletion({
    name: 'initdb',
    command: path.join(bin, 'initdb'),
    args: [
      `--pgdata=${data}`,
      '--username=parley',
      '--auth=trust',
      '--encoding=UTF8',
      '--no-locale',
      // A throwaway cluster: initdb need not flush its files (the server itself runs with fsync on).
      '--no-sync',
      '--no-instructions',
    ],
    cwd: dir,
    unprivileged: true,
    deathSignal: 'KILL',
  });
  const port = await freePort();
  const process_ = await startProcess({
    name: 'postgres',
    command: path.join(bin, 'postgres'),
    args: ['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, '-c', 'max_connections=100'],
    cwd: dir,
    unprivileged: true,
    // Its fast shutdown, should this script die without stopping it.
    deathSignal: 'INT',
    ready: /database system is ready to accept connections/,
  });
  return { url: `postgres://parley@127.0.0.1:${port}/postgres`, process: process_ };
}

/** A Redis on a free port, nothing persisted (it is only the bus between the servers). Resolves to `{ url, process }`. */
export async function startRedis(dir) {
  handOver(dir);
  const port = await freePort();
  const process_ = await startProcess({
    name: 'redis',
    command: REDIS_SERVER,
    args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    cwd: dir,
    unprivileged: true,
    ready: /Ready to accept connections/,
  });
  return { url: `redis://127.0.0.1:${port}`, process: process_ };
}
