import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { debuglog } from 'node:util';

/** `NODE_DEBUG=parley-servers` prints when each test server started, how long it took, and when it stopped. */
export const serverLog = debuglog('parley-servers');

/**
 * Test servers (PostgreSQL, Redis) run as this user when the tests run as root: PostgreSQL refuses to
 * run as root, and Redis runs as the same user for symmetry. `nobody` exists on every Debian-like
 * system, so nothing is added to /etc/passwd; PARLEY_TEST_SERVER_USER picks another.
 */
const UNPRIVILEGED_USER = process.env.PARLEY_TEST_SERVER_USER ?? 'nobody';

interface Ids {
  readonly uid: number;
  readonly gid: number;
}

let unprivileged: Ids | null | undefined;

/** The user's ids when we are root (and must drop privileges), null when we already run as someone else. */
export function unprivilegedIds(): Ids | null {
  if (unprivileged !== undefined) return unprivileged;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    unprivileged = null;
    return null;
  }
  const id = (flag: string) => Number(execFileSync('id', [flag, UNPRIVILEGED_USER], { encoding: 'utf8' }).trim());
  unprivileged = { uid: id('-u'), gid: id('-g') };
  return unprivileged;
}

/** Makes a directory the test server's user may write (it was created by us, perhaps as root). */
export function handOver(dir: string): void {
  const ids = unprivilegedIds();
  if (ids) fs.chownSync(dir, ids.uid, ids.gid);
}

/**
 * `command args` as the unprivileged user, through util-linux's setpriv, which execs the command in
 * place (so the child's pid is the server's, for signals) and sets a parent-death signal: a test
 * worker that dies without cleaning up takes its servers with it instead of leaving them running.
 */
export function asTestServerUser(command: string, args: readonly string[]): [string, string[]] {
  const ids = unprivilegedIds();
  const drop = ids ? [`--reuid=${ids.uid}`, `--regid=${ids.gid}`, '--clear-groups'] : [];
  return ['setpriv', [...drop, '--pdeathsig', 'KILL', '--', command, ...args]];
}

/** The pids of a process's descendants, read from /proc (Linux). */
function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid …": comm may contain spaces and parentheses, so read after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const siblings = parents.get(ppid) ?? [];
    siblings.push(Number(entry));
    parents.set(ppid, siblings);
  }
  const found: number[] = [];
  const queue = [root];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    for (const child of parents.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone: nothing to signal.
  }
}

export interface DaemonExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A server process started by a test, with its children (PostgreSQL forks one per connection). */
export interface Daemon {
  readonly pid: number;
  /** Everything it wrote to stdout and stderr so far (its log). */
  readonly output: () => string;
  readonly exited: Promise<DaemonExit>;
  readonly running: () => boolean;
  /**
   * SIGSTOP to the server and every process it forked, the main one first so it starts nothing new:
   * a paused machine, whose open connections hang rather than fail.
   */
  pause(): void;
  /** SIGCONT to them all, the children first. */
  resume(): void;
  /** SIGKILL to them all: the machine died. */
  kill(): Promise<void>;
  /** Asks it to shut down with `signal`; SIGKILL after `graceMs`. */
  stop(signal: NodeJS.Signals, graceMs?: number): Promise<void>;
}

const live = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Last resort when a test file forgot to stop a server: the worker's exit kills what is left. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of live) {
      if (child.pid === undefined) continue;
      for (const pid of descendants(child.pid)) signalQuietly(pid, 'SIGKILL');
      signalQuietly(child.pid, 'SIGKILL');
    }
  });
}

export interface DaemonOptions {
  /** For messages: "postgres", "redis". */
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  /** A log line saying it accepts connections. */
  readonly ready: RegExp;
  readonly startTimeoutMs?: number;
}

/** Starts a server as the unprivileged user and resolves once its log says it is ready. */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  installExitHook();
  const [command, args] = asTestServerUser(options.command, options.args);
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${options.name} did not start (${options.command})`);
  live.add(child);
  let output = '';
  const exited = new Promise<DaemonExit>((resolve) =>
    child.on('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  const running = () => child.exitCode === null && child.signalCode === null;
  await new Promise<void>((resolve, reject) => {
    const timeoutMs = options.startTimeoutMs ?? 30_000;
    const timer = setTimeout(() => {
      signalQuietly(pid, 'SIGKILL');
      reject(new Error(`${options.name} not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then((exit) => {
      clearTimeout(timer);
      reject(new Error(`${options.name} exited (${exit.code ?? exit.signal}) before it was ready:\n${output}`));
    });
  });
  const everyone = () => [pid, ...descendants(pid)];
  const killAll = async () => {
    for (const target of everyone()) signalQuietly(target, 'SIGKILL');
    await exited;
  };
  return {
    pid,
    output: () => output,
    exited,
    running,
    pause: () => {
      for (const target of everyone()) signalQuietly(target, 'SIGSTOP');
      // A child forked between the listing and the main process stopping would run on: a second pass.
      for (const target of descendants(pid)) signalQuietly(target, 'SIGSTOP');
    },
    resume: () => {
      for (const target of everyone().reverse()) signalQuietly(target, 'SIGCONT');
    },
    kill: killAll,
    async stop(signal, graceMs = 10_000) {
      if (!running()) return;
      // A paused server cannot act on a shutdown request.
      for (const target of everyone().reverse()) signalQuietly(target, 'SIGCONT');
      signalQuietly(pid, signal);
      const timer = setTimeout(() => void killAll(), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
