import net from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import {
  type Backend,
  type LoadBalancer,
  preferenceOrder,
  sessionOfTarget,
  startLoadBalancer,
} from '../../../scripts/lib/loadBalancer.mjs';
import { backendOf, getOnNewConnection, pathsOfSession, sessionIds, startEchoBackend } from '../helpers/echoBackend.ts';

/**
 * The load balancer of `pnpm cluster` (scripts/lib/loadBalancer.mjs), on real sockets: two tiny HTTP
 * servers as backends, each answering with its name, and each also a WebSocket echo server. One
 * session's requests (sync and API, plenary and rooms) meet on one backend; other paths take turns;
 * a backend that is down is skipped; WebSocket upgrades and their frames pass through.
 */

async function startBalancer(backends: readonly Backend[]): Promise<LoadBalancer> {
  const balancer = await startLoadBalancer({ port: 0, backends });
  onTestFinished(() => balancer.close());
  return balancer;
}

const SESSIONS = sessionIds(16);

describe('the cluster load balancer', () => {
  it('reads the session from sync and API paths, rooms hashing as their session', () => {
    expect(sessionOfTarget('/sync/abc123')).toBe('abc123');
    expect(sessionOfTarget('/sync/abc123/caucus/p1?token=x')).toBe('abc123');
    expect(sessionOfTarget('/sync/abc123%2Fmediator')).toBe('abc123');
    expect(sessionOfTarget('/api/sessions/abc123/join')).toBe('abc123');
    expect(sessionOfTarget('/api/sessions/abc123?x=1')).toBe('abc123');
    expect(sessionOfTarget('http://example.org/sync/abc123')).toBe('abc123');
    expect(sessionOfTarget('/api/sessions')).toBeNull();
    expect(sessionOfTarget('/api/sessions/')).toBeNull();
    expect(sessionOfTarget('/healthz')).toBeNull();
    expect(sessionOfTarget('/')).toBeNull();
    expect(sessionOfTarget('/sync/%E0%A4%A')).toBeNull();
  });

  it('sends every connection of one session to the same backend, and spreads sessions over both', async () => {
    const backends = [await startEchoBackend('a'), await startEchoBackend('b')];
    const balancer = await startBalancer(backends);
    const placed = new Map<string, string>();
    for (const session of SESSIONS) {
      const seen = new Set<string>();
      for (const path of pathsOfSession(session)) seen.add(await backendOf(`${balancer.url}${path}`));
      expect([...seen], session).toHaveLength(1);
      const [backend] = [...seen];
      if (backend) placed.set(session, backend);
      // The balancer's choice is the published preference order's first.
      expect(backend).toBe(preferenceOrder(session, backends)[0]?.id);
    }
    expect([...new Set(placed.values())].sort()).toEqual(['a', 'b']);
  });

  it('takes turns for paths that name no session', async () => {
    const balancer = await startBalancer([await startEchoBackend('a'), await startEchoBackend('b')]);
    const order: string[] = [];
    for (let i = 0; i < 4; i++) order.push(await backendOf(`${balancer.url}/healthz`));
    expect(order.slice(0, 2).sort()).toEqual(['a', 'b']);
    expect(order.slice(2)).toEqual(order.slice(0, 2));
  });

  it('skips a backend that refuses the connection; with none left, answers 503 with Retry-After', async () => {
    const a = await startEchoBackend('a');
    const b = await startEchoBackend('b');
    const balancer = await startBalancer([a, b]);
    const before = new Map<string, string>();
    for (const session of SESSIONS) before.set(session, await backendOf(`${balancer.url}/sync/${session}`));
    await b.stop();
    for (const session of SESSIONS) {
      // b's sessions fail over to a; a's stay where they were.
      expect(await backendOf(`${balancer.url}/sync/${session}`)).toBe('a');
    }
    expect([...before.values()]).toContain('b');
    for (let i = 0; i < 3; i++) expect(await backendOf(`${balancer.url}/healthz`)).toBe('a');

    await a.stop();
    const refused = await getOnNewConnection(`${balancer.url}/sync/${SESSIONS[0]}`);
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(JSON.parse(refused.body)).toEqual({ error: expect.stringMatching(/no Parley server/) });
  });

  it('passes a WebSocket upgrade and its frames through, to the session’s backend', async () => {
    const backends = [await startEchoBackend('a'), await startEchoBackend('b')];
    const balancer = await startBalancer(backends);
    const session = SESSIONS[3] ?? 'x';
    const expected = preferenceOrder(session, backends)[0]?.id;
    const wsUrl = `${balancer.url.replace('http', 'ws')}/sync/${session}/caucus/partyone?token=t`;
    const socket = new WebSocket(wsUrl);
    onTestFinished(() => socket.terminate());
    await new Promise<void>((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const next = () =>
      new Promise<{ data: Buffer; isBinary: boolean }>((resolve) =>
        socket.once('message', (data, isBinary) => resolve({ data: Buffer.from(data as Buffer), isBinary })),
      );
    const text = next();
    socket.send('hello');
    expect(String((await text).data)).toBe(`${expected}:/sync/${session}/caucus/partyone?token=t:hello`);
    // A large binary frame crosses intact (several TCP chunks each way).
    const big = Buffer.alloc(1024 * 1024, 7);
    big.writeUInt32BE(0xdeadbeef, big.length - 4);
    const echoed = next();
    socket.send(big);
    const answer = await echoed;
    expect(answer.isBinary).toBe(true);
    expect(answer.data.equals(big)).toBe(true);

    // Closing the balancer drops the tunnel: the client hears it.
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await balancer.close();
    expect(await closed).toBe(1006);
  });

  it('answers a client that shuts its sending side after the request (half-close)', async () => {
    const balancer = await startBalancer([await startEchoBackend('a')]);
    const socket = net.connect(balancer.port, '127.0.0.1');
    onTestFinished(() => {
      socket.destroy();
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      received += chunk;
    });
    const ended = new Promise<void>((resolve) => socket.once('end', resolve));
    // Written in pieces: the request line is split across packets, as it may be on a slow network.
    socket.write('GET /api/ses');
    await new Promise((resolve) => setTimeout(resolve, 20));
    socket.end('sions/abc/commands HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    await ended;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(received).toContain('{"backend":"a","url":"/api/sessions/abc/commands"}');
  });
});
