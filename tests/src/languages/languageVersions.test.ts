import type { ClauseId, CreateSessionResponse } from '@parley/shared';
import {
  appendParagraph,
  CloseCodes,
  clauseRecord,
  clauseVersionRecord,
  fragmentPlainText,
  plenaryRoots,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Joined } from '../helpers/api.ts';
import { command, join, postJson } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

/** A session negotiated in English with an equally authentic Russian text, and one of each role. */
async function bilingualSession(server: TestServer, options: { languagesInParallel?: boolean } = {}) {
  const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
    title: 'Agreement on the status of the mission',
    parties: [{ name: 'The Organisation' }, { name: 'Российская Федерация' }],
    languages: [{ tag: 'en' }, { tag: 'ru' }],
    ...options,
  });
  if (created.status !== 201) throw new Error(`session creation failed: ${JSON.stringify(created.body)}`);
  const session = created.body;
  const [mediator, delegateA, delegateB, translator] = await Promise.all([
    join(server.url, session, 'mediator', 'The Envoy'),
    join(server.url, session, { party: 0 }, 'Delegate of the Organisation'),
    join(server.url, session, { party: 1 }, 'Делегат'),
    join(server.url, session, 'languageServices', 'Переводчик'),
  ]);
  return { session, mediator, delegateA, delegateB, translator };
}

async function addClause(server: TestServer, sessionId: string, mediator: Joined, text: string): Promise<ClauseId> {
  const added = await command(server.url, sessionId, mediator.token, { type: 'clause.add', kind: 'operative', text });
  expect(added.status).toBe(200);
  return (added.body as { clauseId: ClauseId }).clauseId;
}

function record(doc: Y.Doc, clauseId: ClauseId): Y.Map<unknown> {
  const found = clauseRecord(plenaryRoots(doc), clauseId);
  if (!found) throw new Error(`no clause ${clauseId}`);
  return found;
}

function russian(doc: Y.Doc, clauseId: ClauseId): { heading: Y.Text; body: Y.XmlFragment; options: Y.Map<unknown> } {
  const version = clauseVersionRecord(record(doc, clauseId), 'ru');
  const heading = version?.get('heading');
  const body = version?.get('body');
  const options = version?.get('options');
  if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment) || !(options instanceof Y.Map)) {
    throw new Error('no Russian version');
  }
  return { heading, body, options };
}

/** Connects a raw client that sends its local edits as they happen. */
async function writer(server: TestServer, docName: string, who: Joined): Promise<RawClient> {
  const client = await RawClient.connect(server.wsUrl, docName, who.token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

async function expectRefused(client: RawClient, what: string): Promise<string> {
  const closed = await client.closedWithin(3000, what);
  expect(closed.code).toBe(CloseCodes.Forbidden.code);
  expect(closed.reason.length).toBeGreaterThan(5);
  return closed.reason;
}

describe('language versions of a clause (issue 15)', () => {
  it('the server creates the Russian version; the translator and the mediator write it through the gate', async () => {
    const server = await startServer();
    const { session, mediator, translator } = await bilingualSession(server);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');

    // The translator writes with the official y-websocket provider, as the room does.
    const translating = await connectProvider(server.wsUrl, session.id, { token: translator.token });
    await waitFor(() => clauseVersionRecord(record(translating.doc, clauseId), 'ru') !== null, 'the Russian version');
    translating.doc.transact(() => {
      const version = russian(translating.doc, clauseId);
      version.heading.insert(0, 'Встречи');
      appendParagraph(version.body, 'Стороны встречаются ежегодно.');
    });
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    await waitFor(
      () => fragmentPlainText(russian(watcher.doc, clauseId).body).includes('ежегодно'),
      'the Russian words to reach the mediator',
    );
    expect(russian(watcher.doc, clauseId).heading.toString()).toBe('Встречи');
    expect(translating.closes).toEqual([]);

    appendParagraph(russian(watcher.doc, clauseId).body, 'Поправка посредника.');
    await waitFor(
      () => fragmentPlainText(russian(translating.doc, clauseId).body).includes('Поправка'),
      'the mediator’s Russian words to reach the translator',
    );
    expect(watcher.closes).toEqual([]);
  });

  it('the translator writes nothing but the versions: the original is refused at the gate', async () => {
    const server = await startServer();
    const { session, mediator, translator } = await bilingualSession(server);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const client = await writer(server, session.id, translator);
    appendParagraph(record(client.doc, clauseId).get('body') as Y.XmlFragment, 'Forged English.');
    const reason = await expectRefused(client, 'the translator writing the English text');
    expect(reason).toContain('read-only for language services');
  });
});
