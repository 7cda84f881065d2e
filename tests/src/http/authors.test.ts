import type { AuthorEntry } from '@parley/shared';
import { authorsAnswerSchema, clauseRecord, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { docNameOf, forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

async function authors(baseUrl: string, sessionId: string, token: string | undefined, doc?: string) {
  const query = doc === undefined ? '' : `?doc=${encodeURIComponent(doc)}`;
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/authors${query}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  });
  const body: unknown = await response.json();
  return { status: response.status, body };
}

/** The Y.XmlText of a clause's first paragraph, as y-prosemirror keeps it. */
function clauseLine(doc: Y.Doc, fixture: PreparedSession): Y.XmlText {
  const body = clauseRecord(plenaryRoots(doc), fixture.openClause)?.get('body');
  const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the open clause has no text');
  return text;
}

/** Each run of the text with the client id that wrote it, read from Yjs's own items. */
function runsByClient(text: Y.XmlText): { client: number; text: string }[] {
  const runs: { client: number; text: string }[] = [];
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentString)) continue;
    const last = runs[runs.length - 1];
    if (last?.client === item.id.client) last.text += item.content.str;
    else runs.push({ client: item.id.client, text: item.content.str });
  }
  return runs;
}

/** A delegate's raw y-protocols client on the plenary, sending its edits as it makes them. */
async function typist(fixture: PreparedSession, wsUrl: string, token: string) {
  const client = await RawClient.connect(wsUrl, fixture.session.id, token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

describe('authorship: GET /api/sessions/:id/authors', () => {
  it('names the participant behind each client id that wrote in a clause, from the server’s bindings', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, mediator, partyA, partyB } = fixture;

    const a = await typist(fixture, server.wsUrl, delegateA.token);
    const lineA = clauseLine(a.doc, fixture);
    lineA.insert(lineA.length, ' Ruritania writes.');
    const b = await typist(fixture, server.wsUrl, delegateB.token);
    await waitFor(() => clauseLine(b.doc, fixture).toString().includes('Ruritania writes.'), 'A’s words to reach B');
    const lineB = clauseLine(b.doc, fixture);
    lineB.insert(lineB.length, ' Borduria answers.');

    const reader = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await reader.sync();
    await waitFor(
      () => clauseLine(reader.doc, fixture).toString().endsWith('Borduria answers.'),
      'both delegates’ words to be stored and relayed',
    );

    const answer = await authors(server.url, session.id, delegateB.token);
    expect(answer.status).toBe(200);
    const byClient = new Map<number, AuthorEntry>(
      authorsAnswerSchema.parse(answer.body).authors.map((entry) => [entry.clientId, entry]),
    );
    expect(byClient.get(a.doc.clientID)).toEqual({
      clientId: a.doc.clientID,
      participantId: delegateA.participantId,
      name: 'Delegate of A',
      role: 'delegate',
      partyId: partyA,
    });
    expect(byClient.get(b.doc.clientID)).toEqual({
      clientId: b.doc.clientID,
      participantId: delegateB.participantId,
      name: 'Делегат B',
      role: 'delegate',
      partyId: partyB,
    });
    // The server's own transactions (the lock command) are bound to the server, not to a person.
    expect([...byClient.values()]).toContainEqual(
      expect.objectContaining({ participantId: null, name: 'the server', role: null, partyId: null }),
    );

    // Every character of the clause has a known author, and the runs are who typed them.
    const named = runsByClient(clauseLine(reader.doc, fixture)).map((run) => ({
      name: byClient.get(run.client)?.name,
      text: run.text,
    }));
    expect(named).toEqual([
      { name: 'The Envoy', text: 'The Parties shall meet.' },
      { name: 'Delegate of A', text: ' Ruritania writes.' },
      { name: 'Делегат B', text: ' Borduria answers.' },
    ]);
  });

  it('refuses an update written under another participant’s client id (4403), so it is never attributed', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, mediator } = fixture;
    const a = await typist(fixture, server.wsUrl, delegateA.token);
    const lineA = clauseLine(a.doc, fixture);
    lineA.insert(lineA.length, ' Ruritania writes.');
    const reader = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await reader.sync();
    await waitFor(() => clauseLine(reader.doc, fixture).toString().endsWith('writes.'), 'A’s words to be relayed');
    const before = authorsAnswerSchema.parse((await authors(server.url, session.id, mediator.token)).body);

    // Borduria's delegate continues A's client id, as if A had typed the words.
    const forger = await RawClient.connect(server.wsUrl, session.id, delegateB.token);
    await forger.sync();
    forger.doc.clientID = a.doc.clientID;
    forwardLocalUpdates(forger);
    const forged = clauseLine(forger.doc, fixture);
    forged.insert(forged.length, ' Ruritania concedes everything.');
    const closed = await forger.closedWithin(5000, 'an update under another participant’s client id');
    expect(closed.code).toBe(4403);

    const fresh = await RawClient.connect(server.wsUrl, session.id, mediator.token);
    await fresh.sync();
    expect(clauseLine(fresh.doc, fixture).toString()).not.toContain('concedes');
    const after = authorsAnswerSchema.parse((await authors(server.url, session.id, mediator.token)).body);
    expect(after).toEqual(before);
    expect(after.authors.find((entry) => entry.clientId === a.doc.clientID)?.participantId).toBe(
      delegateA.participantId,
    );
  });

  it('answers for documents the caller may read only', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, mediator } = fixture;
    expect((await authors(server.url, session.id, undefined)).status).toBe(401);
    expect((await authors(server.url, session.id, delegateB.token, docNameOf(fixture, 'caucusA'))).status).toBe(403);
    expect((await authors(server.url, session.id, delegateA.token, docNameOf(fixture, 'mediator'))).status).toBe(403);
    expect((await authors(server.url, session.id, delegateA.token, 'elsewhere/caucus/x')).status).toBe(400);
    const caucus = await authors(server.url, session.id, delegateA.token, docNameOf(fixture, 'caucusA'));
    expect(caucus.status).toBe(200);
    // The mediator wrote the caucus notes in the fixture.
    expect(authorsAnswerSchema.parse(caucus.body).authors).toContainEqual(
      expect.objectContaining({ participantId: mediator.participantId, role: 'mediator' }),
    );
  });
});
