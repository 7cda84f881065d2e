import { CloseCodes, clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { seededRandom } from '../helpers/seededRandom.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/** Runs `cases` hostile connections, 20 at a time; each sends one frame. Returns close codes and their counts. */
async function attack(cases: number, open: () => Promise<RawClient>, frame: (i: number) => Uint8Array) {
  const codes = new Map<number, number>();
  for (let start = 0; start < cases; start += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, cases - start) }, async (_v, k) => {
        const client = await open();
        client.send(frame(start + k));
        const outcome = await Promise.race([
          client.closed,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 150)),
        ]);
        codes.set(outcome?.code ?? 0, (codes.get(outcome?.code ?? 0) ?? 0) + 1);
        client.close();
      }),
    );
  }
  return codes;
}

describe('hostile input, counted', () => {
  it('1,000 mutated real updates: refused or harmless, never a crash; storage and clients stay consistent', async () => {
    const server = await startServer({
      limits: {
        updatesPerSecond: 10_000,
        presencePerSecond: 1000,
        maxBufferedBytes: 16 << 20,
        maxConnectionsPerAddress: 1000,
        maxDocumentBytes: 64 << 20,
      },
    });
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall',
    });
    const bystander = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    // Real updates, as a delegate's editor makes them.
    const source = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    await source.sync();
    const real: Uint8Array[] = [];
    source.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') real.push(update);
    });
    const record = clauseRecord(plenaryRoots(source.doc), plenaryRoots(source.doc).clauseOrder.get(0) as never);
    const paragraph = record ? readClause(record)?.body.get(0) : undefined;
    const text = paragraph instanceof Y.XmlElement ? (paragraph.get(0) as Y.XmlText) : null;
    for (let i = 0; i < 50; i++) {
      if (i % 5 === 4) text?.delete(0, 1);
      else text?.insert(text.length, `w${i} `);
    }
    source.close();
    const next = seededRandom(8);
    const mutated = (i: number) => {
      const update = Uint8Array.from(real[i % real.length] ?? []);
      for (let flips = 1 + Math.floor(next() * 3); flips > 0; flips--)
        update[Math.floor(next() * update.length)] = Math.floor(next() * 256);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      return encoding.toUint8Array(encoder);
    };
    const codes = await attack(1000, () => RawClient.connect(server.wsUrl, session.id, delegateA.token), mutated);
    expect(codes.get(1006) ?? 0).toBe(0);
    expect(
      [...codes.keys()].every((code) =>
        [0, CloseCodes.MalformedMessage.code, CloseCodes.Forbidden.code].includes(code),
      ),
    ).toBe(true);
    expect(server.sync.rooms.get(session.id)?.doc.store.pendingStructs).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(bystander.closes).toEqual([]);
    // Whatever was accepted is consistent: a fresh client, the bystander and a restarted server agree.
    const fresh = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await fresh.sync();
    await waitFor(
      () => Buffer.from(Y.encodeStateVector(bystander.doc)).equals(Buffer.from(Y.encodeStateVector(fresh.doc))),
      'the bystander to converge',
    );
    await server.close();
    const restarted = await startServer({ dataDir: server.dataDir });
    const reader = await RawClient.connect(restarted.wsUrl, session.id, mediator.token);
    await reader.sync();
    expect(Y.encodeStateAsUpdate(reader.doc).length).toBe(Y.encodeStateAsUpdate(fresh.doc).length);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(fresh.doc));
  });

  it('1,000 malformed presence messages close only their own connection (4400) or are dropped', async () => {
    const server = await startServer({
      limits: {
        updatesPerSecond: 10_000,
        presencePerSecond: 1000,
        maxBufferedBytes: 16 << 20,
        maxConnectionsPerAddress: 1000,
        maxDocumentBytes: 64 << 20,
      },
    });
    const { session, delegateA, delegateB } = await sessionWithPeople(server.url);
    const bystander = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    const next = seededRandom(9);
    const states = [
      '{oops',
      '[1,2]',
      '"text"',
      'null',
      '{}',
      JSON.stringify({ blob: 'x'.repeat(20_000) }),
      '{"user":{"name":"Chair","role":"mediator"}}',
    ];
    const frame = () => {
      const inner = encoding.createEncoder();
      const count = Math.floor(next() * 3);
      encoding.writeVarUint(inner, count);
      for (let i = 0; i < count; i++) {
        encoding.writeVarUint(inner, Math.floor(next() * 2 ** 31));
        encoding.writeVarUint(inner, Math.floor(next() * 10));
        encoding.writeVarString(inner, states[Math.floor(next() * states.length)] ?? '');
      }
      if (next() < 0.2) encoding.writeUint8(inner, 7);
      const body = encoding.toUint8Array(inner);
      const outer = encoding.createEncoder();
      encoding.writeVarUint(outer, 1);
      encoding.writeVarUint8Array(outer, next() < 0.1 ? body.slice(0, Math.max(1, body.length - 3)) : body);
      return encoding.toUint8Array(outer);
    };
    const codes = await attack(1000, () => RawClient.connect(server.wsUrl, session.id, delegateA.token), frame);
    expect(codes.get(1006) ?? 0).toBe(0);
    expect([...codes.keys()].every((code) => code === 0 || code === CloseCodes.MalformedMessage.code)).toBe(true);
    expect(codes.get(CloseCodes.MalformedMessage.code) ?? 0).toBeGreaterThan(200);
    expect(bystander.closes).toEqual([]);
    // No presence claims the mediator's role.
    for (const state of bystander.provider.awareness.getStates().values()) {
      expect((state as { user?: { role?: string } }).user?.role).not.toBe('mediator');
    }
  });

  it('1,000 hostile HTTP requests get 4xx with a JSON reason, never a 5xx', async () => {
    const server = await startServer({ createPerMinute: 100_000, joinsPerMinute: 100_000 });
    const { session, delegateA } = await sessionWithPeople(server.url);
    const next = seededRandom(10);
    const bodies = [
      () => '{',
      () => 'null',
      () => '[]',
      () => JSON.stringify({ title: 7, parties: 'many' }),
      () => JSON.stringify({ type: 'clause.add', kind: 'annex' }),
      () => JSON.stringify({ type: 'floor.give', participantId: '../../etc' }),
      () => JSON.stringify({ invite: 'x'.repeat(3000), name: '' }),
      () => `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      () => Buffer.from(Array.from({ length: 64 }, () => Math.floor(next() * 256))).toString('latin1'),
      () => JSON.stringify({ title: 'x'.repeat(70_000), parties: [] }),
    ];
    const paths = [
      '/api/sessions',
      `/api/sessions/${session.id}/join`,
      `/api/sessions/${session.id}/commands`,
      '/api/sessions/zzz/commands',
    ];
    const statuses = new Map<number, number>();
    for (let start = 0; start < 1000; start += 25) {
      await Promise.all(
        Array.from({ length: 25 }, async () => {
          const path = paths[Math.floor(next() * paths.length)] ?? '/api/sessions';
          const body = bodies[Math.floor(next() * bodies.length)]?.() ?? '';
          const response = await fetch(`${server.url}${path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${delegateA.token}` },
            body,
          });
          const json = (await response.json()) as { error?: unknown };
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 400) expect(typeof json.error).toBe('string');
        }),
      );
    }
    expect([...statuses.keys()].every((status) => status < 500)).toBe(true);
    expect(statuses.get(413) ?? 0).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(300);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
