import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { backendOf, type EchoBackend, pathsOfSession, sessionIds, startEchoBackend } from '../helpers/echoBackend.ts';
import { freePort, isListening } from '../helpers/freePort.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

/**
 * The deployment recipe's HAProxy configuration (deploy/haproxy.cfg), with Debian's HAProxy 2.6
 * (installed by `scripts/ensure-haproxy.mjs`, which the README's test command runs first): it passes
 * `haproxy -c` (and a broken copy does not, so that check means something), and, run for real in
 * front of three stand-in servers (its compose hostnames swapped for their local ports), it keeps one
 * session's WebSockets and API calls on one server, health-checks `/healthz`, and moves only a
 * stopped server's sessions.
 */
const HAPROXY = process.env.PARLEY_HAPROXY ?? '/usr/sbin/haproxy';
const CONFIG = fileURLToPath(new URL('../../../deploy/haproxy.cfg', import.meta.url));
const COMPOSE_SERVERS = ['a', 'b', 'c'];

function haproxyBinary(): string {
  if (!fs.existsSync(HAPROXY)) {
    throw new Error(`haproxy not found at ${HAPROXY}: run \`node scripts/ensure-haproxy.mjs\` or set PARLEY_HAPROXY`);
  }
  return HAPROXY;
}

/** `haproxy -c` on a configuration text: its exit status and what it said. */
function check(config: string): { status: number | null; output: string } {
  const file = path.join(tempDir('parley-haproxy-'), 'haproxy.cfg');
  fs.writeFileSync(file, config);
  const result = spawnSync(haproxyBinary(), ['-c', '-f', file], { encoding: 'utf8', timeout: 20_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The recipe's configuration with its listening address, connection limit and the compose servers' names replaced. */
function localConfig(port: number, backends: readonly EchoBackend[]): string {
  let config = fs.readFileSync(CONFIG, 'utf8');
  const bind = /^(\s*)bind :8080$/m;
  expect(config, 'haproxy.cfg binds :8080 (the port compose maps)').toMatch(bind);
  config = config.replace(bind, `$1bind 127.0.0.1:${port}`);
  // 20000 connections need twice as many file descriptors as a test machine may grant (compose raises its limit).
  const maxconn = /^(\s*)maxconn 20000$/m;
  expect(config).toMatch(maxconn);
  config = config.replace(maxconn, '$1maxconn 1000');
  for (const [index, id] of COMPOSE_SERVERS.entries()) {
    const line = new RegExp(`^(\\s*server ${id}) parley-${id}:1234$`, 'm');
    expect(config, `haproxy.cfg has "server ${id} parley-${id}:1234"`).toMatch(line);
    config = config.replace(line, `$1 127.0.0.1:${backends[index]?.port}`);
  }
  return config;
}

/** HAProxy in the foreground on `config`; stopped when the test finishes. Resolves once it listens on `port`. */
async function runHaproxy(config: string, port: number): Promise<{ output: () => string }> {
  const file = path.join(tempDir('parley-haproxy-'), 'haproxy.cfg');
  fs.writeFileSync(file, config);
  const child: ChildProcess = spawn(haproxyBinary(), ['-db', '-f', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onTestFinished(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  await waitForAsync(async () => {
    if (child.exitCode !== null) throw new Error(`haproxy exited (${child.exitCode}):\n${output}`);
    return isListening(port);
  }, `haproxy listening on ${port}`);
  return { output: () => output };
}

describe('deploy/haproxy.cfg', () => {
  it('passes haproxy -c, warning only that the compose hostnames do not resolve here', () => {
    const { status, output } = check(fs.readFileSync(CONFIG, 'utf8'));
    expect(status, output).toBe(0);
    expect(output).toMatch(/Configuration file is valid/);
    const warnings = output.split('\n').filter((line) => line.includes('[WARNING]'));
    expect(warnings).toHaveLength(COMPOSE_SERVERS.length);
    for (const warning of warnings) expect(warning).toMatch(/could not resolve address 'parley-[abc]'/);
  });

  it('fails haproxy -c for a broken copy: a misspelt algorithm, a sample fetch missing its argument', () => {
    const config = fs.readFileSync(CONFIG, 'utf8');
    for (const [from, to] of [
      ['balance hash var(txn.session)', 'balance hsah var(txn.session)'],
      ['path,url_dec,field(3,/)', 'path,url_dec,field()'],
    ] as const) {
      expect(config).toContain(from);
      const { status, output } = check(config.replace(from, to));
      expect(status, `${to}:\n${output}`).not.toBe(0);
      expect(output).toMatch(/\[ALERT\]/);
    }
  });

  it('routes by session for real: one server per session, /healthz checks, only a stopped server’s sessions move', async () => {
    const backends = await Promise.all(COMPOSE_SERVERS.map((id) => startEchoBackend(id)));
    const port = await freePort();
    const haproxy = await runHaproxy(localConfig(port, backends), port);
    const base = `http://127.0.0.1:${port}`;
    await waitFor(
      () => backends.every((backend) => backend.healthChecks() > 0),
      'a health check (GET /healthz) on every server',
    );

    const sessions = sessionIds(12);
    const placed = new Map<string, string>();
    for (const session of sessions) {
      const seen = new Set<string>();
      for (const sessionPath of pathsOfSession(session)) seen.add(await backendOf(`${base}${sessionPath}`));
      expect([...seen], `${session}: ${haproxy.output()}`).toHaveLength(1);
      placed.set(session, [...seen][0] ?? '');
    }
    expect(new Set(placed.values()).size, 'sessions spread over the servers').toBeGreaterThan(1);
    // The page and session creation name no session: round robin (over the consistent-hash ring, so
    // not strictly in turn).
    const unnamed: string[] = [];
    for (let i = 0; i < 3 * COMPOSE_SERVERS.length; i++) unnamed.push(await backendOf(`${base}/`));
    expect(new Set(unnamed).size, unnamed.join(' ')).toBeGreaterThan(1);

    // A WebSocket upgrade passes, to its session's server.
    const session = sessions[0] ?? '';
    const socket = new WebSocket(`${base.replace('http', 'ws')}/sync/${session}/caucus/partyone?token=t`);
    onTestFinished(() => socket.terminate());
    const echoed = new Promise<string>((resolve, reject) => {
      socket.once('message', (data) => resolve(String(data)));
      socket.once('error', reject);
    });
    socket.once('open', () => socket.send('hello'));
    expect(await echoed).toBe(`${placed.get(session)}:/sync/${session}/caucus/partyone?token=t:hello`);

    // Stop the first session's server: its sessions move (each to one server), the others' stay.
    const stopped = backends.find((backend) => backend.id === placed.get(session));
    await stopped?.stop();
    // Until its health checks fail, a connection it refuses is redispatched (retries, option
    // redispatch); once it is down, the hash picks the session's next server every time.
    await waitFor(
      () => new RegExp(`Server parley/${stopped?.id} is DOWN`).test(haproxy.output()),
      `haproxy marking server ${stopped?.id} down`,
    );
    for (const other of sessions) {
      const seen = new Set<string>();
      for (const sessionPath of pathsOfSession(other)) seen.add(await backendOf(`${base}${sessionPath}`));
      expect([...seen], other).toHaveLength(1);
      const now = [...seen][0];
      if (placed.get(other) === stopped?.id) expect(now).not.toBe(stopped?.id);
      else expect(now, `${other} stayed on its server`).toBe(placed.get(other));
    }
  });
});
