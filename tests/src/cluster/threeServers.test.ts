import type { ClauseId } from '@parley/shared';
import { CloseCodes, healthAnswerSchema, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { clauseText, firstLine } from '../helpers/clauseText.ts';
import { startClusterOfServers } from '../helpers/clusterOfServers.ts';
import { metricValue } from '../helpers/metricValue.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { useRedis } from '../helpers/redisServer.ts';
import { seededRandom } from '../helpers/seededRandom.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * Three Parley processes on one PostgreSQL and one Redis (issue 16), clients spread over them: one
 * server owns the session and runs its gate; the others forward to it.
 */
const postgres = usePostgres();
const redis = useRedis();
let databases = 0;

async function threeServers() {
  databases += 1;
  const databaseUrl = await postgres().createDatabase(`three_${databases}`);
  return startClusterOfServers({ databaseUrl, redisUrl: redis().url });
}

describe('three Parley servers, one session', () => {
  it('lets clients on every server edit one clause at once and converge, with one owner and the others forwarding', async () => {
    const cluster = await threeServers();
    const [s0, s1, s2] = cluster.servers;
    if (!s0 || !s1 || !s2) throw new Error('three servers expected');
    // Created and joined through two other servers than the first client's: any server answers.
    const { session, mediator, delegateA, delegateB, observer } = await sessionWithPeople(s1.url);
    const m = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    const a = await connectProvider(s1.wsUrl, session.id, { token: delegateA.token });
    const b = await connectProvider(s2.wsUrl, session.id, { token: delegateB.token });
    const clients = [m, a, b];
    const clauseId = insertClause(plenaryRoots(m.doc), { kind: 'operative', text: 'The Parties shall ' }) as ClauseId;
    await waitFor(
      () => clients.every((client) => clauseText(client.doc, clauseId).startsWith('The Parties')),
      'the clause to reach every server',
    );

    const random = seededRandom(16);
    for (let round = 0; round < 30; round++) {
      for (const [i, client] of clients.entries()) {
        const line = firstLine(client.doc, clauseId);
        line.insert(Math.floor(random() * (line.length + 1)), 'mab'[i] ?? '?');
      }
      if (round % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await waitFor(
      () => clients.every((client) => clauseText(client.doc, clauseId) === clauseText(m.doc, clauseId)),
      'the three clients to converge',
      20_000,
    );
    const text = clauseText(m.doc, clauseId);
    for (const letter of 'mab') expect(text.split(letter).length - 1).toBeGreaterThanOrEqual(30);

    // One owner; the servers without the session forwarded their clients to it.
    const owner = await cluster.ownerOf(session.id);
    expect(owner).not.toBeNull();
    const ownerServer = cluster.server(owner?.owner ?? '');
    const others = cluster.servers.filter((server) => server !== ownerServer);
    for (const server of cluster.servers) {
      const health = healthAnswerSchema.parse(await (await fetch(`${server.url}/healthz`)).json());
      expect(health.server).toBe(server.id);
      expect(health.owns.includes(session.id)).toBe(server === ownerServer);
      expect(health.storage.reachable).toBe(true);
      expect(health.redis?.reachable).toBe(true);
    }
    const forwarded = await Promise.all(
      others.map((server) => metricValue(server.url, 'parley_forwarded_connections')),
    );
    const clientsOnOthers = [s0, s1, s2].filter((server) => server !== ownerServer).length;
    expect(forwarded.reduce((sum, n) => sum + n, 0)).toBe(clientsOnOthers);
    expect(await metricValue(ownerServer.url, 'parley_forwarded_connections')).toBe(0);

    // Everything stored: a reader through each server, and one from storage, hold the same state.
    for (const server of cluster.servers) {
      const reader = await RawClient.connect(server.wsUrl, session.id, observer.token);
      await reader.sync();
      expect(clauseText(reader.doc, clauseId)).toBe(text);
      reader.close();
    }
    const stored = await cluster.storage.loadDocument(session.id);
    const replay = new Y.Doc();
    if (stored.state) Y.applyUpdate(replay, stored.state);
    for (const update of stored.updates) Y.applyUpdate(replay, update);
    expect(clauseText(replay, clauseId)).toBe(text);
  });

  it('runs commands, presence and the gate for a session through any server', async () => {
    const cluster = await threeServers();
    const [s0, s1, s2] = cluster.servers;
    if (!s0 || !s1 || !s2) throw new Error('three servers expected');
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(s0.url);
    const m = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    const owner = (await cluster.ownerOf(session.id))?.owner;
    const away = cluster.servers.filter((server) => server.id !== owner);
    const [x, y] = away;
    if (!x || !y) throw new Error('two servers without the session expected');
    const a = await connectProvider(x.wsUrl, session.id, { token: delegateA.token });
    const b = await connectProvider(y.wsUrl, session.id, { token: delegateB.token });
    const clauseId = insertClause(plenaryRoots(m.doc), { kind: 'operative', text: 'Troops withdraw.' }) as ClauseId;
    await waitFor(() => clauseText(b.doc, clauseId) === 'Troops withdraw.', 'the clause to reach b');

    // Presence across servers: a server that owns nothing answers who is online everywhere.
    const participants = (await (
      await fetch(`${y.url}/api/sessions/${session.id}/participants`, {
        headers: { authorization: `Bearer ${mediator.token}` },
      })
    ).json()) as { participants: { participantId: string; online: boolean }[] };
    const online = participants.participants.filter((p) => p.online).map((p) => p.participantId);
    expect(online.sort()).toEqual([mediator.participantId, delegateA.participantId, delegateB.participantId].sort());

    // A command sent to a server without the session runs at the owner, and its gate refuses an edit
    // to the locked clause arriving through the third server.
    const locked = await command(x.url, session.id, mediator.token, { type: 'clause.lock', clauseId });
    expect(locked.status).toBe(200);
    const refused = await command(y.url, session.id, delegateA.token, { type: 'clause.lock', clauseId });
    expect(refused.status).toBe(403);
    const writer = await RawClient.connect(y.wsUrl, session.id, delegateB.token);
    await writer.sync();
    writer.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') writer.sendUpdate(update);
    });
    firstLine(writer.doc, clauseId).insert(0, 'NOT ');
    const closed = await writer.closedWithin(5_000, 'an edit to a locked clause through a forwarding server');
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(clauseText(m.doc, clauseId)).toBe('Troops withdraw.');
    expect(clauseText(a.doc, clauseId)).toBe('Troops withdraw.');
  });
});
