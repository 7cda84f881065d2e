import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '@parley/server';
import { appendParagraph, CloseCodes, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient, type UpgradeRefused } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

describe('limits', () => {
  it('a connection sending edits faster than its rate is paused with 4529 (a code the provider retries)', async () => {
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, updatesPerSecond: 10 } });
    const { session, observer, mediator } = await sessionWithPeople(server.url);
    const bystander = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const flood = await RawClient.connect(server.wsUrl, session.id, observer.token);
    for (let i = 0; i < 60; i++) flood.sendSyncStep1();
    const closed = await flood.closedWithin(2000, 'rate limit');
    expect(closed.code).toBe(CloseCodes.RateLimited.code);
    expect(closed.code >= 4500).toBe(true);
    expect(bystander.closes).toEqual([]);
  });

  it('presence beyond its rate is dropped, not refused', async () => {
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, presencePerSecond: 5 } });
    const { session, delegateA, observer } = await sessionWithPeople(server.url);
    const watcher = await RawClient.connect(server.wsUrl, session.id, observer.token);
    const mover = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    for (let i = 0; i < 100; i++) mover.provider.awareness.setLocalStateField('cursor', { anchor: i });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mover.closes).toEqual([]);
    const seen = watcher.awareness.getStates().get(mover.doc.clientID) as { cursor?: { anchor: number } } | undefined;
    // Some moves got through; the burst beyond the bucket did not.
    expect(seen?.cursor?.anchor ?? -1).toBeGreaterThanOrEqual(0);
    expect(seen?.cursor?.anchor).toBeLessThan(99);
  });

  it('a client that stops reading is dropped once its send buffer passes the bound; the room goes on', async () => {
    // The bound holds a few of the 40 kB frames below, so a reader that keeps up is never near it.
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, maxBufferedBytes: 256 * 1024 } });
    const { session, mediator, observer, delegateB } = await sessionWithPeople(server.url);
    const stalled = await RawClient.connect(server.wsUrl, session.id, observer.token);
    // Stop reading at the TCP level: the kernel buffers fill, then the server's queue grows.
    (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const reader = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    const writer = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await writer.sync();
    forwardLocalUpdates(writer);
    const roots = plenaryRoots(writer.doc);
    // Enough to fill the kernel's socket buffers (several MiB on loopback) and then the server's queue,
    // in batches, so the live reader (in this same process) gets turns to read between them.
    for (let i = 0; i < 300; i++) {
      insertClause(roots, { kind: 'operative', text: `Clause ${i} ${'x'.repeat(40_000)}` });
      if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(
      () => server.logLines.some((line) => line.includes('connection.slow_reader')),
      'the slow reader to be dropped',
      20_000,
    );
    await waitFor(
      () => plenaryRoots(reader.doc).clauseOrder.length === 300,
      'the live reader to get everything',
      20_000,
    );
    expect(reader.closes).toEqual([]);
  });

  it('connections per address are capped at the upgrade (429)', async () => {
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, maxConnectionsPerAddress: 3 } });
    const { session, observer } = await sessionWithPeople(server.url);
    for (let i = 0; i < 3; i++) await RawClient.connect(server.wsUrl, session.id, observer.token);
    const fourth = await RawClient.connect(server.wsUrl, session.id, observer.token).catch((error: unknown) => error);
    expect((fourth as UpgradeRefused).status).toBe(429);
  });

  it('a document at its size limit refuses further edits with 4413 and a reason', async () => {
    const server = await startServer({ limits: { ...DEFAULT_LIMITS, maxDocumentBytes: 20_000 } });
    const { session, mediator } = await sessionWithPeople(server.url);
    const writer = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await writer.sync();
    forwardLocalUpdates(writer);
    const roots = plenaryRoots(writer.doc);
    const id = insertClause(roots, { kind: 'operative', text: 'start' });
    const body = roots.clauses.get(id)?.get('body');
    for (let i = 0; i < 30 && writer.isOpen; i++) {
      if (body && 'push' in (body as object)) appendParagraph(body as never, 'y'.repeat(1000));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const closed = await writer.closedWithin(3000, 'size limit');
    expect(closed.code).toBe(CloseCodes.MessageTooBig.code);
    expect(closed.reason).toContain('size limit');
  });
});

describe('web hygiene', () => {
  it('WebSocket upgrades from a foreign Origin are refused; the server’s own origin is accepted', async () => {
    const server = await startServer({ allowedOrigins: ['http://dev.example:5173'] });
    const { session, observer } = await sessionWithPeople(server.url);
    const open = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.wsUrl}/${session.id}?token=${observer.token}`, { origin });
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      });
    expect(await open('http://evil.example')).toBe(403);
    expect(await open(server.url)).toBe(101);
    expect(await open('http://dev.example:5173')).toBe(101);
  });

  it('answers with security headers and no CORS', async () => {
    const server = await startServer();
    const response = await fetch(`${server.url}/healthz`, { headers: { origin: 'http://evil.example' } });
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${server.url}/api/sessions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('the generated secret file is readable by the server’s user only', async () => {
    const server = await startServer();
    const mode = fs.statSync(path.join(server.dataDir, 'secret')).mode & 0o777;
    expect(mode).toBe(0o600);
  });
});
