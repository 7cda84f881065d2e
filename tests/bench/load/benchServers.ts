import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../src/helpers/freePort.ts';

const testsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverDir = path.resolve(testsDir, '../server');

export type ServerKind = 'parley' | 'reference' | 'floor';

/** One server under test, as its own process: its sync URL, and its CPU time and memory from /proc. */
export interface BenchServer {
  readonly kind: ServerKind;
  readonly httpUrl: string;
  /** Base of the sync URLs: `${syncUrl}/${docName}`. */
  readonly syncUrl: string;
  readonly pid: number;
  readonly dataDir: string | null;
  stop(): Promise<void>;
}

const CLOCK_TICKS = 100;

/** CPU seconds (user + system) the process has used so far. */
export function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/**
 * CPU seconds of the event loop (the thread whose id is the process's) and of the process's other
 * threads (V8's helpers such as the garbage collector's, libuv's pool), so a run can say whether a
 * server's time is its own JavaScript or what its allocations cost elsewhere (BENCH_THREAD_CPU=1).
 */
export function cpuSecondsByThread(pid: number): { eventLoop: number; otherThreads: number } {
  const split = { eventLoop: 0, otherThreads: 0 };
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const seconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
      if (Number(tid) === pid) split.eventLoop += seconds;
      else split.otherThreads += seconds;
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return split;
}

/** Resident memory in KiB. */
export function rssKiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(match?.[1] ?? 0);
}

function waitForLine(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.BENCH_DEBUG) process.stderr.write(chunk);
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

function stopper(child: ChildProcess, dataDir: string | null) {
  return async () => {
    // A server the bench SIGKILLed (failover) has a signal code and no exit code: nothing to wait for.
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timeout = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timeout);
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

let serverBuilt = false;

/**
 * server/dist/main.js from the current source, once per bench run (esbuild, under a second), so the
 * bench never measures a stale build whichever way it was started.
 */
export function ensureServerBuilt(): void {
  if (serverBuilt) return;
  const built = spawnSync(process.execPath, ['build.mjs'], { cwd: serverDir, encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the server build failed: ${built.stderr}`);
  serverBuilt = true;
}

/**
 * Starts a server of the given kind on a free port. Parley runs as `pnpm start` runs it (the build,
 * with plain node; issue 17), with storage on; BENCH_PARLEY_SOURCE=1 runs the source through tsx.
 */
export async function startBenchServer(
  kind: ServerKind,
  env: Record<string, string> = {},
  dataDir?: string,
): Promise<BenchServer> {
  if (kind === 'parley') {
    const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bench-'));
    // BENCH_SERVER_NODE_ARGS profiles the server under load, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    // PARLEY_BENCH_CPU_PROF=dir writes a V8 CPU profile of each Parley server into dir (read it with
    // `node --import tsx bench/profileSummary.ts dir/<file>.cpuprofile`).
    const profileDir = process.env.PARLEY_BENCH_CPU_PROF;
    if (profileDir) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${path.resolve(profileDir)}`);
    const fromSource = (env.BENCH_PARLEY_SOURCE ?? process.env.BENCH_PARLEY_SOURCE) === '1';
    if (!fromSource) ensureServerBuilt();
    const entry = fromSource ? ['--import', 'tsx', 'src/main.ts'] : ['dist/main.js'];
    const child = spawn(process.execPath, [...nodeArgs, ...entry], {
      cwd: serverDir,
      env: {
        ...process.env,
        PORT: '0',
        PARLEY_DATA_DIR: dir,
        PARLEY_CLIENT_DIR: '',
        PARLEY_LOG_LEVEL: 'warn',
        PARLEY_CREATE_PER_MINUTE: '100000',
        PARLEY_JOINS_PER_MINUTE: '1000000',
        // Every load client comes from 127.0.0.1.
        PARLEY_MAX_CONNECTIONS_PER_ADDRESS: '100000',
        PARLEY_UPDATES_PER_SECOND: '100000',
        PARLEY_PRESENCE_PER_SECOND: '100000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const match = await waitForLine(child, /open (http:\/\/[^/\s]+)\//);
    const httpUrl = match[1] ?? '';
    return {
      kind,
      httpUrl,
      syncUrl: `${httpUrl.replace('http', 'ws')}/sync`,
      pid: child.pid ?? 0,
      dataDir: dir,
      stop: stopper(child, dataDir ? null : dir),
    };
  }
  // The floor binds port 0 and prints the port it got. The reference prints the PORT it was given, so
  // it gets a port that was free a moment ago, and another if someone took it meanwhile (a random
  // port collided now and then, ending the whole run).
  const script =
    kind === 'reference'
      ? [path.join(testsDir, 'node_modules/y-websocket-reference/bin/server.cjs')]
      : ['--import', 'tsx', path.join(testsDir, 'bench/load/rawRelay.ts')];
  let started: { child: ChildProcess; match: RegExpExecArray } | null = null;
  for (let attempt = 1; started === null; attempt++) {
    const port = kind === 'reference' ? String(await freePort()) : '0';
    const child = spawn(process.execPath, script, {
      cwd: testsDir,
      env: { ...process.env, PORT: port, HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      started = { child, match: await waitForLine(child, kind === 'reference' ? /port (\d+)/ : /listening on (\d+)/) };
    } catch (error) {
      child.kill('SIGKILL');
      if (attempt === 3) throw error;
    }
  }
  const { child, match } = started;
  const httpUrl = `http://127.0.0.1:${match[1]}`;
  return {
    kind,
    httpUrl,
    syncUrl: httpUrl.replace('http', 'ws'),
    pid: child.pid ?? 0,
    dataDir: null,
    stop: stopper(child, null),
  };
}
