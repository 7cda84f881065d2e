import type { ClauseId } from '@parley/shared';
import { CloseCodes, insertClause, plenaryRoots } from '@parley/shared';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, join, sessionWithPeople } from '../helpers/api.ts';
import { clauseText, firstLine } from '../helpers/clauseText.ts';
import { startClusterOfServers } from '../helpers/clusterOfServers.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { connectProvider, type ProviderClient } from '../helpers/providerClient.ts';
import { useRedis } from '../helpers/redisServer.ts';
import { seededRandom } from '../helpers/seededRandom.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

/**
 * Failover (issue 16): the owner of a session SIGKILLed under typing clients, and an owner paused
 * (SIGSTOP) past its lease and resumed, whose writes the epoch check must refuse.
 */
const postgres = usePostgres();
const redis = useRedis();
let databases = 0;

async function threeServers() {
  databases += 1;
  const databaseUrl = await postgres().createDatabase(`failover_${databases}`);
  return startClusterOfServers({ databaseUrl, redisUrl: redis().url });
}

/** Every stored update's lease epoch, in the order stored. */
async function storedEpochs(databaseUrl: string, doc: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ epoch: string }>(
      'SELECT epoch FROM document_updates WHERE doc = $1 ORDER BY seq',
      [doc],
    );
    return rows.map((row) => Number(row.epoch));
  } finally {
    await client.end();
  }
}

/**
 * A place between two typed words (or at an end), never inside one: a word typed into another's
 * middle would split it, and the test could not tell a split word from a lost one.
 */
function wordBoundary(text: string, pick: number): number {
  const boundaries = [0, text.length];
  for (let i = 1; i < text.length; i++) if (text[i - 1] === '}') boundaries.push(i);
  return boundaries[Math.floor(pick * boundaries.length)] ?? 0;
}

function replayStored(stored: { state: Uint8Array | null; updates: readonly Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

describe('failover between Parley servers', () => {
  it('loses nothing when the owner is SIGKILLed under 30 typing clients, and edits flow again within seconds', async () => {
    const cluster = await threeServers();
    const first = cluster.servers[0];
    if (!first) throw new Error('no server');
    const session = await createSession(first.url);
    const mediator = await join(first.url, session, 'mediator', 'The Envoy');
    const delegates = await Promise.all(
      Array.from({ length: 29 }, (_, i) => join(first.url, session, { party: i % 2 }, `Delegate ${i}`)),
    );
    const people = [mediator, ...delegates];
    const clients: ProviderClient[] = [];
    const home = new Map<ProviderClient, string>();
    for (const [i, person] of people.entries()) {
      const server = cluster.servers[i % 3];
      if (!server) throw new Error('no server');
      const client = await connectProvider(server.wsUrl, session.id, { token: person.token });
      clients.push(client);
      home.set(client, server.id);
    }
    const mediatorClient = clients[0];
    if (!mediatorClient) throw new Error('no mediator');
    const clauseId = insertClause(plenaryRoots(mediatorClient.doc), {
      kind: 'operative',
      text: 'The Parties shall ',
    }) as ClauseId;
    await waitFor(
      () => clients.every((client) => clauseText(client.doc, clauseId).startsWith('The Parties')),
      'the clause to reach all 30 clients',
      20_000,
    );
    const lease = await cluster.ownerOf(session.id);
    const ownerServer = cluster.server(lease?.owner ?? '');
    const survivors = cluster.servers.filter((server) => server !== ownerServer);

    // Every client types its own numbered words, about five a second, at random places.
    const random = seededRandom(30);
    const typed: string[] = [];
    let typing = true;
    const typists = clients.map(async (client, i) => {
      for (let n = 0; typing; n++) {
        const word = `{${i}.${n}}`;
        const line = firstLine(client.doc, clauseId);
        line.insert(wordBoundary(line.toString(), random()), word);
        typed.push(word);
        await new Promise((resolve) => setTimeout(resolve, 150 + random() * 100));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    ownerServer.child.kill('SIGKILL');
    const killedAt = Date.now();
    // What a load balancer does: the dead server's clients reconnect to the others.
    for (const [i, client] of clients.filter((c) => home.get(c) === ownerServer.id).entries()) {
      const target = survivors[i % survivors.length];
      if (target) client.provider.serverUrl = target.wsUrl;
    }
    // Failover time: from the kill until an edit made on one surviving server reaches a client on the other.
    const [x, y] = survivors;
    const writer = clients.find((client) => home.get(client) === x?.id);
    const reader = clients.find((client) => home.get(client) === y?.id);
    if (!writer || !reader) throw new Error('a client on each surviving server expected');
    firstLine(writer.doc, clauseId).insert(0, '{after-kill}');
    await waitFor(() => clauseText(reader.doc, clauseId).includes('{after-kill}'), 'edits to flow again', 20_000);
    const failoverMs = Date.now() - killedAt;
    console.log(`failover: SIGKILL of the owner to edits flowing again: ${failoverMs} ms (target ≤ 5,000 ms)`);

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    typing = false;
    await Promise.all(typists);
    await waitFor(
      () => clients.every((client) => clauseText(client.doc, clauseId) === clauseText(mediatorClient.doc, clauseId)),
      'all 30 clients to converge',
      30_000,
    );
    const text = clauseText(mediatorClient.doc, clauseId);
    const lost = typed.filter((word) => !text.includes(word));
    const divergent = clients.filter((client) => clauseText(client.doc, clauseId) !== text);
    console.log(
      `failover under load: ${typed.length} words typed by 30 clients, ${lost.length} lost, ${divergent.length} divergent`,
    );
    expect(lost).toEqual([]);
    expect(divergent).toEqual([]);
    for (const word of typed) expect(text.split(word).length - 1).toBe(1);
    // Stored as seen: the database holds the same text, written under the old epoch, then the new.
    await waitForAsync(async () => {
      const stored = await cluster.storage.loadDocument(session.id);
      return clauseText(replayStored(stored), clauseId) === text;
    }, 'storage to hold the converged text');
    const taken = await cluster.ownerOf(session.id);
    expect(taken?.owner).not.toBe(ownerServer.id);
    expect(taken?.epoch).toBeGreaterThan(lease?.epoch ?? Number.POSITIVE_INFINITY);
    const epochs = await storedEpochs(cluster.databaseUrl, session.id);
    expect([...epochs].sort((a, b) => a - b)).toEqual(epochs);
    expect(epochs.every((epoch) => epoch <= (taken?.epoch ?? 0))).toBe(true);
  });

  it('fences an owner paused past its lease: its clients move, its late writes are refused, nothing is lost or stored twice', async () => {
    const cluster = await threeServers();
    const [s0, s1, s2] = cluster.servers;
    if (!s0 || !s1 || !s2) throw new Error('three servers expected');
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(s0.url);
    const a = await connectProvider(s0.wsUrl, session.id, { token: mediator.token });
    expect((await cluster.ownerOf(session.id))?.owner).toBe('s0');
    const before = await cluster.ownerOf(session.id);
    const b = await connectProvider(s1.wsUrl, session.id, { token: delegateA.token });
    const c = await connectProvider(s2.wsUrl, session.id, { token: delegateB.token });
    const clauseId = insertClause(plenaryRoots(a.doc), { kind: 'operative', text: 'Ceasefire.' }) as ClauseId;
    await waitFor(() => clauseText(c.doc, clauseId) === 'Ceasefire.', 'the clause to reach c');

    s0.child.kill('SIGSTOP');
    // Sent to the paused owner: it sits in the socket until the owner wakes up.
    firstLine(a.doc, clauseId).insert(0, '[paused] ');
    try {
      // The forwarding servers see the lease expire, move their clients, and one of them takes over.
      await waitForAsync(
        async () => {
          const now = await cluster.ownerOf(session.id);
          return now !== null && now.owner !== 's0';
        },
        'another server to take the session over',
        20_000,
      );
      firstLine(b.doc, clauseId).insert(firstLine(b.doc, clauseId).length, ' [taken over]');
      await waitFor(() => clauseText(c.doc, clauseId).includes('[taken over]'), 'edits to flow without s0', 20_000);
      expect(clauseText(c.doc, clauseId)).not.toContain('[paused]');
    } finally {
      s0.child.kill('SIGCONT');
    }
    const after = await cluster.ownerOf(session.id);
    expect(after?.epoch).toBeGreaterThan(before?.epoch ?? 0);

    // Awake, s0 finds its lease gone: its late write is refused, and its client is told to move.
    await waitFor(
      () => a.closes.some((close) => close.code === CloseCodes.SessionMoved.code),
      'the paused owner to send its client away (4503)',
      20_000,
    );
    await waitFor(
      () => [a, b, c].every((client) => clauseText(client.doc, clauseId) === '[paused] Ceasefire. [taken over]'),
      'the three clients to converge with both edits',
      20_000,
    );
    expect(s0.output()).toMatch(/"event":"(lease\.lost|storage\.fenced)"/);
    await waitForAsync(async () => {
      const stored = replayStored(await cluster.storage.loadDocument(session.id));
      return clauseText(stored, clauseId) === '[paused] Ceasefire. [taken over]';
    }, 'storage to hold both edits');
    // No update of the old epoch was stored after the take-over.
    const epochs = await storedEpochs(cluster.databaseUrl, session.id);
    expect([...epochs].sort((x, y) => x - y)).toEqual(epochs);
  });
});
