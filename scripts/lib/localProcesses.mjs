// Child processes for `pnpm cluster` (scripts/cluster.mjs): started through util-linux's setpriv, as
// the tests' daemons are (tests/src/helpers/daemonProcess.ts), so that
// - PostgreSQL and Redis run as an unprivileged user when we are root (PostgreSQL refuses root), and
// - every child gets a parent-death signal: if this script is killed without cleaning up (SIGKILL),
//   its servers go with it instead of running on unnoticed.
// Their output is shown line by line, each line prefixed with the process's name.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import readline from 'node:readline';

/** PostgreSQL and Redis run as this user when we are root; PARLEY_TEST_SERVER_USER picks another, as for the tests. */
const UNPRIVILEGED_USER = process.env.PARLEY_TEST_SERVER_USER ?? 'nobody';

let unprivileged;

/** `{uid, gid}` of the unprivileged user when we are root, else null (we already are someone else). */
export function unprivilegedIds() {
  if (unprivileged !== undefined) return unprivileged;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    unprivileged = null;
    return null;
  }
  const id = (flag) => Number(execFileSync('id', [flag, UNPRIVILEGED_USER], { encoding: 'utf8' }).trim());
  unprivileged = { uid: id('-u'), gid: id('-g') };
  return unprivileged;
}

/** Makes a directory we created writable by the unprivileged user. */
export function handOver(dir) {
  const ids = unprivilegedIds();
  if (ids) fs.chownSync(dir, ids.uid, ids.gid);
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no port from the probe'))));
    });
  });
}

/** The label column: names padded to one width so the lines after them align. */
const LABEL_WIDTH = 9;

/** Copies `stream` to `out` line by line, each prefixed with `label`, telling `onLine` of each. */
function prefixLines(stream, label, out, onLine) {
  const lines = readline.createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  lines.on('line', (line) => {
    out.write(`${label.padEnd(LABEL_WIDTH)}| ${line}\n`);
    onLine(line);
  });
}

/**
 * Starts `command args` and resolves once a line of its output matches `ready` (null: at once).
 * `unprivileged`: as the unprivileged user when we are root. `deathSignal`: what it gets when this
 * script dies. Answers `{ name, pid, exited, running(), signal(sig), stop(sig, graceMs) }`.
 */
export async function startProcess({
  name,
  command,
  args,
  cwd,
  env = process.env,
  unprivileged: dropPrivileges = false,
  deathSignal = 'TERM',
  ready = null,
  readyTimeoutMs = 60_000,
}) {
  const ids = dropPrivileges ? unprivilegedIds() : null;
  const drop = ids ? [`--reuid=${ids.uid}`, `--regid=${ids.gid}`, '--clear-groups'] : [];
  // setpriv execs the command in place: the child's pid is the server's own, for signals.
  const child = spawn('setpriv', [...drop, '--pdeathsig', deathSignal, '--', command, ...args], {
    cwd,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group: a Ctrl+C in the terminal reaches only this script, which then stops
    // the children in order (servers before their stores) instead of all of them at once.
    detached: true,
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const running = () => child.exitCode === null && child.signalCode === null;
  const signal = (sig) => {
    try {
      child.kill(sig);
    } catch {
      // Already gone.
    }
  };
  const lineListeners = new Set();
  const onLine = (line) => {
    for (const listener of lineListeners) listener(line);
  };
  prefixLines(child.stdout, name, process.stdout, onLine);
  prefixLines(child.stderr, name, process.stderr, onLine);
  if (ready) {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        signal('SIGKILL');
        reject(new Error(`${name} was not ready after ${readyTimeoutMs} ms`));
      }, readyTimeoutMs);
      const watch = (line) => {
        if (!ready.test(line)) return;
        clearTimeout(timer);
        lineListeners.delete(watch);
        resolve();
      };
      lineListeners.add(watch);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`${name} did not start: ${error.message}`));
      });
      exited.then(({ code, signal: by }) => {
        clearTimeout(timer);
        reject(new Error(`${name} exited (${code ?? by}) before it was ready`));
      });
    });
  }
  return {
    name,
    pid: child.pid,
    exited,
    running,
    signal,
    /** Asks it to stop with `sig`, then SIGKILL after `graceMs`; resolves when it has exited. */
    async stop(sig, graceMs = 10_000) {
      if (!running()) return;
      signal(sig);
      const timer = setTimeout(() => signal('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to completion with its output prefixed; rejects when it fails. */
export async function runToCompletion(options) {
  const process_ = await startProcess({ ...options, ready: null });
  const { code, signal } = await process_.exited;
  if (code !== 0) throw new Error(`${options.name} failed (${code ?? signal})`);
}
