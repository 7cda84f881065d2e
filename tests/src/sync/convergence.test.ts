import { insertClause, plenaryRoots, readTitle } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sessionWithPeople } from '../helpers/api.ts';
import { clauseText, firstLine } from '../helpers/clauseText.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

describe('sync between y-websocket providers', () => {
  it('a provider receives the session document the server created', async () => {
    const server = await startServer();
    const { session, observer } = await sessionWithPeople(server.url);
    const client = await connectProvider(server.wsUrl, session.id, { token: observer.token });
    expect(readTitle(plenaryRoots(client.doc))).toBe('Talks on the northern border');
  });

  it('two providers editing one clause at once converge, and a late joiner receives everything', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, observer } = await sessionWithPeople(server.url);
    const a = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const b = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });

    const clauseId = insertClause(plenaryRoots(a.doc), { kind: 'operative', text: 'The Parties shall ' });
    await waitFor(() => clauseText(b.doc, clauseId).startsWith('The Parties'), 'the clause to reach b');

    // Concurrent edits in the same line: neither side has seen the other's before typing.
    const lineA = firstLine(a.doc, clauseId);
    const lineB = firstLine(b.doc, clauseId);
    for (let i = 0; i < 20; i++) {
      lineA.insert(lineA.length, 'a');
      lineB.insert(0, 'b');
    }
    lineA.insert(4, 'cooperate ');
    lineB.delete(0, 3);

    await waitFor(() => clauseText(a.doc, clauseId) === clauseText(b.doc, clauseId), 'a and b to converge');
    const converged = clauseText(a.doc, clauseId);
    expect(converged).toContain('aaaaaaaaaaaaaaaaaaaa');
    expect(converged.match(/b/g)?.length).toBe(17);
    expect(converged).toContain('cooperate ');

    const late = await connectProvider(server.wsUrl, session.id, { token: observer.token });
    expect(clauseText(late.doc, clauseId)).toBe(converged);
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
  });

  it('an edit made while offline merges on reconnect', async () => {
    const server = await startServer();
    const { session, mediator, delegateB } = await sessionWithPeople(server.url);
    const a = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const b = await connectProvider(server.wsUrl, session.id, { token: delegateB.token });
    const clauseId = insertClause(plenaryRoots(a.doc), { kind: 'preamble', text: 'Recalling' });
    await waitFor(() => clauseText(b.doc, clauseId) === 'Recalling', 'the clause to reach b');

    b.provider.disconnect();
    firstLine(b.doc, clauseId).insert(9, ' its resolutions');
    firstLine(a.doc, clauseId).insert(0, 'Further ');
    b.provider.connect();

    await waitFor(() => clauseText(a.doc, clauseId) === clauseText(b.doc, clauseId), 'convergence after reconnect');
    expect(clauseText(a.doc, clauseId)).toBe('Further Recalling its resolutions');
  });

  it('caucus and mediator documents are separate rooms', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, partyA: partyId } = await sessionWithPeople(server.url);
    const caucus = await connectProvider(server.wsUrl, `${session.id}/caucus/${partyId}`, { token: delegateA.token });
    const plenary = await connectProvider(server.wsUrl, session.id, { token: delegateA.token });
    caucus.doc.getXmlFragment('notes').insert(0, [new Y.XmlText('fallback position')]);
    const again = await connectProvider(server.wsUrl, `${session.id}/caucus/${partyId}`, { token: mediator.token });
    await waitFor(() => again.doc.getXmlFragment('notes').length === 1, 'caucus notes to sync');
    expect(plenary.doc.getXmlFragment('notes').length).toBe(0);
    expect(server.sync.rooms.isLoaded(`${session.id}/caucus/${partyId}`)).toBe(true);
  });
});
