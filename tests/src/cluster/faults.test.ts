import type { ClauseId } from '@parley/shared';
import { CloseCodes, healthAnswerSchema, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, join, sessionWithPeople } from '../helpers/api.ts';
import { clauseText, firstLine } from '../helpers/clauseText.ts';
import { startClusterOfServers } from '../helpers/clusterOfServers.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { useRedis } from '../helpers/redisServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

/**
 * The cluster's stores failing (issue 16): Redis unreachable (owners keep their sessions; other
 * servers refuse new connections for them with a retryable code), PostgreSQL stalled (edits held,
 * not relayed, and stored when it answers again), and an idle session's lease let go.
 */
const postgres = usePostgres();
const redis = useRedis();
let databases = 0;

async function servers(count: number, env: Record<string, string> = {}) {
  databases += 1;
  const databaseUrl = await postgres().createDatabase(`faults_${databases}`);
  return startClusterOfServers({ databaseUrl, redisUrl: redis().url, count, env });
}

async function health(url: string) {
  return healthAnswerSchema.parse(await (await fetch(`${url}/healthz`)).json());
}

describe('a cluster whose stores fail', () => {
  it('keeps serving owned sessions while Redis is down, refuses new connections elsewhere with 4503, and recovers', async () => {
    const cluster = await servers(2);
    const [s0, s1] = cluster.servers;
    if (!s0 || !s1) throw new Error('two servers expected');
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(s0.url);
    const m = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    const a = await connectProvider(s1.wsUrl, session.id, { token: delegateA.token });
    expect((await cluster.ownerOf(session.id))?.owner).toBe('s0');
    const clauseId = insertClause(plenaryRoots(m.doc), { kind: 'operative', text: 'Before.' }) as ClauseId;
    await waitFor(() => clauseText(a.doc, clauseId) === 'Before.', 'the clause to reach a');

    await redis().kill();
    try {
      await waitForAsync(async () => (await health(s0.url)).redis?.reachable === false, 's0 to find Redis gone');
      // The owner keeps its session, and a connection already forwarded keeps working.
      firstLine(m.doc, clauseId).insert(0, 'During. ');
      await waitFor(() => clauseText(a.doc, clauseId) === 'During. Before.', 'an edit during the outage to reach a');

      // A new connection through the other server cannot find the owner: retryable close, with why.
      const refused = await RawClient.connect(s1.wsUrl, session.id, delegateB.token);
      const closed = await refused.closedWithin(10_000, 'a connection for a session owned elsewhere');
      expect(closed.code).toBe(CloseCodes.TryAgainLater.code);
      expect(closed.reason).toMatch(/Redis/);
      const call = await fetch(`${s1.url}/api/sessions/${session.id}/participants`, {
        headers: { authorization: `Bearer ${mediator.token}` },
      });
      expect(call.status).toBe(503);
      expect(call.headers.get('retry-after')).toBe('1');
      expect(((await call.json()) as { error: string }).error).toMatch(/Redis/);

      // A session nobody owns is served by whichever server gets it: PostgreSQL alone decides.
      const other = await createSession(s1.url);
      const otherMediator = await join(s1.url, other, 'mediator');
      const otherClient = await connectProvider(s1.wsUrl, other.id, { token: otherMediator.token });
      expect(otherClient.provider.synced).toBe(true);
      expect((await cluster.ownerOf(other.id))?.owner).toBe('s1');
    } finally {
      await redis().restart();
    }

    // Redis back: the other server finds the owner again, and a new client sees every edit.
    await waitForAsync(async () => (await health(s1.url)).redis?.reachable === true, 's1 to reach Redis again');
    const late = await connectProvider(s1.wsUrl, session.id, { token: delegateB.token });
    await waitFor(() => clauseText(late.doc, clauseId) === 'During. Before.', 'the late client to see everything');
    expect((await cluster.ownerOf(session.id))?.owner).toBe('s0');
  });

  it('holds an edit while PostgreSQL is stalled (not relayed) and stores and relays it when it answers', async () => {
    const cluster = await servers(2);
    const [s0, s1] = cluster.servers;
    if (!s0 || !s1) throw new Error('two servers expected');
    const { session, mediator, delegateA } = await sessionWithPeople(s0.url);
    const m = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    const a = await connectProvider(s1.wsUrl, session.id, { token: delegateA.token });
    const clauseId = insertClause(plenaryRoots(m.doc), { kind: 'operative', text: 'Stable.' }) as ClauseId;
    await waitFor(() => clauseText(a.doc, clauseId) === 'Stable.', 'the clause to reach a');

    postgres().pause();
    try {
      firstLine(a.doc, clauseId).insert(0, 'Held. ');
      // Nobody is sent what is not stored.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(clauseText(m.doc, clauseId)).toBe('Stable.');
    } finally {
      postgres().resume();
    }
    await waitFor(() => clauseText(m.doc, clauseId) === 'Held. Stable.', 'the held edit to land', 30_000);
    await waitForAsync(async () => {
      const stored = await cluster.storage.loadDocument(session.id);
      const doc = new Y.Doc();
      if (stored.state) Y.applyUpdate(doc, stored.state);
      for (const update of stored.updates) Y.applyUpdate(doc, update);
      return clauseText(doc, clauseId) === 'Held. Stable.';
    }, 'the held edit to be stored');
  });

  it('lets an idle session go: its lease is released on unload and another server takes it at once', async () => {
    const cluster = await servers(2, { PARLEY_IDLE_UNLOAD_MS: '300' });
    const [s0, s1] = cluster.servers;
    if (!s0 || !s1) throw new Error('two servers expected');
    const { session, mediator } = await sessionWithPeople(s0.url);
    const m = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    expect((await health(s0.url)).owns).toContain(session.id);
    m.provider.destroy();
    await waitForAsync(async () => !(await health(s0.url)).owns.includes(session.id), 's0 to let the session go');
    const released = await cluster.ownerOf(session.id);
    expect(released?.expired).toBe(true);
    // Expired at once: the next server takes it without waiting out a lease.
    const again = await connectProvider(s1.wsUrl, session.id, { token: mediator.token });
    expect(again.provider.synced).toBe(true);
    expect(await cluster.ownerOf(session.id)).toMatchObject({ owner: 's1', epoch: (released?.epoch ?? 0) + 1 });
    expect(s1.output()).not.toMatch(/forward\.unreachable/);
  });
});
