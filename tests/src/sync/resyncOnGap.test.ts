import { clauseRecord, plenaryRoots, readClause } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('an update that depends on edits the server lacks', () => {
  it('is not applied, and the server asks the client to resync instead of refusing it (no edit is lost)', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, { type: 'clause.add', kind: 'operative', text: 'Text' });
    const watcher = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    const client = await RawClient.connect(server.wsUrl, session.id, delegateA.token);
    await client.sync();
    const updates: Uint8Array[] = [];
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'server') updates.push(update);
    });
    const record = clauseRecord(plenaryRoots(client.doc), plenaryRoots(client.doc).clauseOrder.get(0) as never);
    const paragraph = record ? readClause(record)?.body.get(0) : undefined;
    const text = paragraph instanceof Y.XmlElement ? (paragraph.get(0) as Y.XmlText) : null;
    text?.insert(4, ' one');
    text?.insert(8, ' two');
    // Only the second edit reaches the server, as when typing races a reconnect's sync.
    client.sendUpdate(updates[1] ?? new Uint8Array());
    const lineOf = (doc: Y.Doc) => {
      const r = clauseRecord(plenaryRoots(doc), plenaryRoots(doc).clauseOrder.get(0) as never);
      const p = r ? readClause(r)?.body.get(0) : undefined;
      return p instanceof Y.XmlElement ? p.get(0)?.toString() : undefined;
    };
    // The server's sync step 1 makes the raw client (like a provider) send what the server lacks.
    await waitFor(() => lineOf(watcher.doc) === 'Text one two', 'both edits to arrive');
    expect(client.isOpen).toBe(true);
    expect(server.logLines.some((line) => line.includes('gate.resync'))).toBe(true);
  });
});
