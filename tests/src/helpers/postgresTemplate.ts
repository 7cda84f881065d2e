import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { asTestServerUser, handOver } from './daemonProcess.ts';

/**
 * initdb is most of a test PostgreSQL's start-up (1.2 s on an idle two-core machine, over 4 s on a
 * busy one), and every test cluster would be the same. So the first one per machine is initialised
 * once into a template under the temp dir, its database created in single-user mode, and each test
 * server starts from a copy (`cp -a`, a fraction of that). The template's name carries the binaries'
 * directory and the initdb arguments, so a change to either makes a new one.
 */
export const TEST_USER = 'parley';
export const TEST_DATABASE = 'parley';

const INITDB_ARGS = [
  `--username=${TEST_USER}`,
  '--auth=trust',
  '--encoding=UTF8',
  '--no-locale',
  // initdb's own flush of the new files only: the server itself runs with fsync on.
  '--no-sync',
  '--no-instructions',
];

const building = new Map<string, Promise<string>>();

/** The data directory of the template for `bin`, made once per machine (one build per process at most). */
function template(bin: string): Promise<string> {
  const key = createHash('sha256')
    .update(JSON.stringify([bin, INITDB_ARGS, TEST_DATABASE]))
    .digest('hex')
    .slice(0, 12);
  const dir = path.join(os.tmpdir(), `parley-pg-template-${key}`);
  const existing = building.get(dir);
  if (existing) return existing;
  const built = fs.existsSync(path.join(dir, 'data', 'PG_VERSION')) ? Promise.resolve(dir) : build(bin, dir);
  const data = built.then((ready) => path.join(ready, 'data'));
  building.set(dir, data);
  data.catch(() => building.delete(dir));
  return data;
}

async function build(bin: string, target: string): Promise<string> {
  const scratch = fs.mkdtempSync(`${target}-building-`);
  handOver(scratch);
  const data = path.join(scratch, 'data');
  try {
    const [initdb, initdbArgs] = asTestServerUser(path.join(bin, 'initdb'), [`--pgdata=${data}`, ...INITDB_ARGS]);
    await promisify(execFile)(initdb, initdbArgs, { timeout: 120_000 });
    await singleUser(bin, data, `CREATE DATABASE ${TEST_DATABASE};\n`);
    try {
      // Another worker may have finished first: its template is as good as ours.
      fs.renameSync(scratch, target);
    } catch (error) {
      if (!fs.existsSync(path.join(target, 'data', 'PG_VERSION'))) throw error;
      fs.rmSync(scratch, { recursive: true, force: true });
    }
    return target;
  } catch (error) {
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** Runs SQL in PostgreSQL's single-user mode (no server, no port) against the `postgres` database. */
async function singleUser(bin: string, data: string, sql: string): Promise<void> {
  const [command, args] = asTestServerUser(path.join(bin, 'postgres'), ['--single', '-D', data, 'postgres']);
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stdin.end(sql);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0 || /ERROR/.test(output)) throw new Error(`postgres --single failed (${code}):\n${output}`);
}

/** A fresh cluster at `data` (which must not exist yet), owned by the test server user. */
export async function newCluster(bin: string, data: string): Promise<void> {
  const source = await template(bin);
  // As the server's user: the copy keeps the template's owner and its 0700 mode, as PostgreSQL demands.
  const [cp, cpArgs] = asTestServerUser('cp', ['-a', source, data]);
  await promisify(execFile)(cp, cpArgs, { timeout: 60_000 });
}
