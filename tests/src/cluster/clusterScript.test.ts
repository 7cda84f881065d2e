import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { healthAnswerSchema, sessionSummarySchema } from '@parley/shared';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createSession, join } from '../helpers/api.ts';
import { freePort, isListening } from '../helpers/freePort.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * `pnpm cluster` (scripts/cluster.mjs) as a user runs it: PostgreSQL, Redis and two Parley servers
 * (`--servers 2`, to spare the shared machine; three is the same code) behind its load balancer. The
 * page, /healthz and the API answer through the balancer, the servers share one secret (a token from
 * one is accepted by the other), and SIGINT stops every process and removes the temp dir.
 */
const SCRIPT = fileURLToPath(new URL('../../../scripts/cluster.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('pnpm cluster', () => {
  it('serves the page, /healthz and the API through its balancer, and SIGINT stops and removes everything', async () => {
    const port = await freePort();
    // The client is built by the test command before the tests run: serve that build.
    const child: ChildProcess = spawn(process.execPath, [SCRIPT, '--servers', '2', '--no-build'], {
      cwd: REPO,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    onTestFinished(async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT');
        await exited;
      }
    });
    await waitFor(
      () => {
        if (child.exitCode !== null) throw new Error(`pnpm cluster exited (${child.exitCode}):\n${output}`);
        // Up to the summary's last line: the lines may arrive in separate chunks on a busy machine.
        return /Parley cluster is running[\s\S]*Try a failover/.test(output);
      },
      'the cluster to start',
      60_000,
    );
    const base = `http://127.0.0.1:${port}`;
    expect(output).toContain(`open ${base}/`);
    const servers = [...output.matchAll(/server ([ab]) +(http:\/\/127\.0\.0\.1:\d+) \(pid (\d+)\)/g)].map((match) => ({
      id: match[1] ?? '',
      url: match[2] ?? '',
      pid: Number(match[3]),
    }));
    expect(servers.map((server) => server.id)).toEqual(['a', 'b']);
    const tempDir = /everything in +(\S+)/.exec(output)?.[1] ?? '';
    expect(fs.existsSync(tempDir), tempDir).toBe(true);
    const storePorts = [
      /PostgreSQL +postgres:\/\/parley@127\.0\.0\.1:(\d+)\//.exec(output)?.[1],
      /Redis +redis:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1],
    ].map(Number);
    for (const storePort of storePorts) expect(await isListening(storePort), `port ${storePort}`).toBe(true);
    // Every line of a process's output carries its name.
    expect(output).toMatch(/^a {8}\| Parley is running/m);
    expect(output).toMatch(/^postgres \| .*ready to accept connections/m);

    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Parley');
    for (const server of servers) {
      const health = healthAnswerSchema.parse(await (await fetch(`${server.url}/healthz`)).json());
      expect(health).toMatchObject({ server: server.id, storage: { reachable: true }, redis: { reachable: true } });
    }
    healthAnswerSchema.parse(await (await fetch(`${base}/healthz`)).json());

    // Created through the balancer (its links name the balancer), joined on one server, read on the other.
    const session = await createSession(base);
    expect(session.invites.mediator.url.startsWith(`${base}/join/${session.id}`)).toBe(true);
    const [first, second] = servers;
    const mediator = await join(first?.url ?? '', session, 'mediator', 'The Envoy');
    const summary = await fetch(`${second?.url}/api/sessions/${session.id}`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    expect(summary.status).toBe(200);
    expect(sessionSummarySchema.parse(await summary.json()).you.name).toBe('The Envoy');

    const processes = [...servers.map((server) => server.pid)];
    child.kill('SIGINT');
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/stopped; removed /);
    expect(fs.existsSync(tempDir)).toBe(false);
    for (const pid of processes) expect(alive(pid), `server pid ${pid}`).toBe(false);
    for (const storePort of [...storePorts, port])
      expect(await isListening(storePort), `port ${storePort}`).toBe(false);
    expect(output).not.toMatch(/ERROR|FATAL/);
  });
});
