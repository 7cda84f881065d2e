import type { ClauseId, CreateSessionResponse } from '@parley/shared';
import { appendParagraph, clauseRecord, clauseVersionRecord, fragmentPlainText, plenaryRoots } from '@parley/shared';
import * as Y from 'yjs';
import type { Joined } from '../helpers/api.ts';
import { command, join, postJson } from '../helpers/api.ts';
import type { ProviderClient } from '../helpers/providerClient.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

/**
 * A session negotiated in English with Russian, Arabic and Chinese versions, its mediator, a
 * delegate of each party and an observer; the mediator's y-websocket provider (as the room uses) writes
 * the versions through the update gate.
 */
export async function multilingualSession(server: TestServer) {
  const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
    title: 'Agreement on the status of the mission',
    parties: [{ name: 'The Organisation' }, { name: 'Российская Федерация' }],
    languages: [{ tag: 'en' }, { tag: 'ru' }, { tag: 'ar' }, { tag: 'zh', authentic: false }],
  });
  if (created.status !== 201) throw new Error(`session creation failed: ${JSON.stringify(created.body)}`);
  const session = created.body;
  const [mediator, delegate, observer] = await Promise.all([
    join(server.url, session, 'mediator', 'The Envoy'),
    join(server.url, session, { party: 1 }, 'Делегат'),
    join(server.url, session, 'observer', 'Observer'),
  ]);
  const room = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
  return { session, mediator, delegate, observer, room };
}

/** The mediator adds an operative clause through the command path (the server creates its versions). */
export async function addClause(server: TestServer, sessionId: string, mediator: Joined, text: string) {
  const added = await command(server.url, sessionId, mediator.token, { type: 'clause.add', kind: 'operative', text });
  if (added.status !== 200) throw new Error(`clause.add failed: ${JSON.stringify(added.body)}`);
  return (added.body as { clauseId: ClauseId }).clauseId;
}

function versionOf(doc: Y.Doc, clauseId: ClauseId, language: string) {
  const record = clauseRecord(plenaryRoots(doc), clauseId);
  const version = record === null ? null : clauseVersionRecord(record, language);
  const heading = version?.get('heading');
  const body = version?.get('body');
  return heading instanceof Y.Text && body instanceof Y.XmlFragment ? { heading, body } : null;
}

/** Waits until a second reader of the plenary sees `words` in a version: the gate accepted them and the server holds them. */
export async function versionReachesServer(
  server: TestServer,
  room: ProviderClient,
  reader: Joined,
  clauseId: ClauseId,
  language: string,
  words: string,
): Promise<void> {
  const check = await connectProvider(server.wsUrl, room.provider.roomname, { token: reader.token });
  await waitFor(() => {
    const seen = versionOf(check.doc, clauseId, language);
    return seen !== null && fragmentPlainText(seen.body).includes(words);
  }, `the ${language} words to reach the server`);
  if (room.closes.length > 0) throw new Error(`the gate refused: ${JSON.stringify(room.closes)}`);
  check.provider.destroy();
}

/** Writes a clause's version (heading and one paragraph) through the room's provider, as a translator would. */
export async function writeVersion(
  server: TestServer,
  room: ProviderClient,
  reader: Joined,
  clauseId: ClauseId,
  language: string,
  text: { heading?: string; body: string },
): Promise<void> {
  await waitFor(() => versionOf(room.doc, clauseId, language) !== null, `the ${language} version to exist`);
  room.doc.transact(() => {
    const version = versionOf(room.doc, clauseId, language);
    if (version === null) throw new Error(`no ${language} version`);
    if (text.heading !== undefined) version.heading.insert(0, text.heading);
    appendParagraph(version.body, text.body);
  });
  await versionReachesServer(server, room, reader, clauseId, language, text.body);
}

/** Replaces one word of a version's first paragraph, as a translator's correction. */
export function replaceInVersion(room: ProviderClient, clauseId: ClauseId, language: string, from: string, to: string) {
  const version = versionOf(room.doc, clauseId, language);
  const paragraph = version?.body.get(0);
  const words = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(words instanceof Y.XmlText)) throw new Error(`no ${language} text`);
  const at = words.toString().indexOf(from);
  if (at < 0) throw new Error(`"${from}" not in the ${language} text`);
  room.doc.transact(() => {
    words.delete(at, from.length);
    words.insert(at, to);
  });
}

/** An authenticated GET. */
export async function get(server: TestServer, path: string, token: string) {
  const response = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}
