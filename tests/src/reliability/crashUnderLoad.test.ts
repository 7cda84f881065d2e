import net from 'node:net';
import { SqliteStorage } from '@parley/server';
import { clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, join, sessionWithPeople } from '../helpers/api.ts';
import type { ProviderClient } from '../helpers/providerClient.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { spawnServer } from '../helpers/spawnServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitFor } from '../helpers/waitFor.ts';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** What a client holds of everyone else's edits: its state vector without its own client. */
function receivedFromOthers(client: ProviderClient): Map<number, number> {
  const vector = Y.decodeStateVector(Y.encodeStateVector(client.doc));
  vector.delete(client.doc.clientID);
  return vector;
}

async function storedStateVector(dataDir: string, docName: string): Promise<Map<number, number>> {
  const storage = new SqliteStorage(dataDir);
  try {
    const stored = await storage.loadDocument(docName);
    const doc = new Y.Doc();
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return Y.decodeStateVector(Y.encodeStateVector(doc));
  } finally {
    storage.close();
  }
}

describe('crash safety under load', () => {
  it('50 typing clients, SIGKILL at random moments (3 rounds): nothing anyone received is lost, and all converge', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const env = { PORT: String(port), PARLEY_JOINS_PER_MINUTE: '100000', PARLEY_UPDATES_PER_SECOND: '1000' };
    let server = await spawnServer(dataDir, env);
    const { session, mediator } = await sessionWithPeople(server.url);
    const added = await command(server.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'Start.',
    });
    const clauseId = (added.body as { clauseId: string }).clauseId;
    const tokens = await Promise.all(
      Array.from({ length: 50 }, (_v, i) => join(server.url, session, { party: i % 2 }, `Typist ${i}`)),
    );
    const clients = await Promise.all(tokens.map((t) => connectProvider(server.wsUrl, session.id, { token: t.token })));
    const lineOf = (client: ProviderClient) => {
      const record = clauseRecord(plenaryRoots(client.doc), clauseId as never);
      const paragraph = record ? readClause(record)?.body.get(0) : undefined;
      return paragraph instanceof Y.XmlElement ? (paragraph.get(0) as Y.XmlText) : null;
    };
    let typing = true;
    const typists = clients.map((client, i) =>
      (async () => {
        while (typing) {
          const line = lineOf(client);
          if (line && client.provider.wsconnected)
            line.insert(Math.floor(Math.random() * (line.length + 1)), String(i % 10));
          await new Promise((resolve) => setTimeout(resolve, 40 + Math.random() * 40));
        }
      })(),
    );

    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve, 400 + Math.random() * 800));
      server.child.kill('SIGKILL');
      await server.exited;
      // Every edit any client received from the server (anyone else's) was on disk before it was sent.
      const stored = await storedStateVector(dataDir, session.id);
      for (const client of clients) {
        for (const [clientId, clock] of receivedFromOthers(client)) {
          expect(stored.get(clientId) ?? 0, `client ${clientId} in round ${round}`).toBeGreaterThanOrEqual(clock);
        }
      }
      server = await spawnServer(dataDir, env);
      // The providers reconnect by themselves.
      await waitFor(
        () => clients.every((c) => c.provider.wsconnected && c.provider.synced),
        'every provider to reconnect',
        30_000,
      ).catch((error: unknown) => {
        const stuck = clients.filter((c) => !(c.provider.wsconnected && c.provider.synced));
        throw new Error(
          `${String(error)}: ${stuck.length} stuck, closes ${JSON.stringify(stuck.slice(0, 3).map((c) => c.closes.slice(-3)))} ${server.output().slice(-1500)}`,
        );
      });
    }
    typing = false;
    await Promise.all(typists);

    // Everyone, and the server, end with the same text and the same state vector.
    const observerToken = (await join(server.url, session, 'observer')).token;
    const probe = await connectProvider(server.wsUrl, session.id, { token: observerToken });
    const serverVector = () => Y.encodeStateVector(probe.doc);
    await waitFor(
      () => clients.every((c) => Buffer.from(Y.encodeStateVector(c.doc)).equals(Buffer.from(serverVector()))),
      'all clients to converge with the server',
      30_000,
    );
    const text = lineOf(probe)?.toString();
    expect(text?.length).toBeGreaterThan(100);
    for (const client of clients) expect(lineOf(client)?.toString()).toBe(text);
    server.child.kill('SIGTERM');
    await server.exited;
  }, 120_000);
});
