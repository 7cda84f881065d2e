import type { ClauseId, PartyId } from '@parley/shared';
import {
  appendAgendaItem,
  appendParagraph,
  BRACKET_MARK,
  clauseRecord,
  clauseVersionRecord,
  ensureStatement,
  insertClause,
  plenaryRoots,
  readAgenda,
  roomNotes,
} from '@parley/shared';
import * as Y from 'yjs';
import type { Joined } from '../helpers/api.ts';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

/** Sends every local change of a raw client's document to the server as it happens. */
export function forwardLocalUpdates(client: RawClient): void {
  client.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'server') client.sendUpdate(update);
  });
}

/**
 * A session prepared by its mediator through sync: an agenda item, both parties' statements, an
 * open clause and a clause locked through the server's own command path, and notes in every room.
 */
export async function preparedSession(
  /** A server (or, in a cluster, any server and a storage on the shared database). */
  server: Pick<TestServer, 'url' | 'wsUrl'> & { readonly storage: Pick<TestServer['storage'], 'countUpdates'> },
  options: { bracketedAndAgreed?: boolean; russianVersion?: boolean } = {},
) {
  const people = await sessionWithPeople(server.url);
  const { session, mediator, partyA, partyB } = people;
  const setup = await RawClient.connect(server.wsUrl, session.id, mediator.token);
  await setup.sync();
  forwardLocalUpdates(setup);
  const roots = plenaryRoots(setup.doc);
  const itemId = appendAgendaItem(roots, { title: 'Verification' });
  const openClause = insertClause(roots, { kind: 'operative', text: 'The Parties shall meet.' });
  const lockedClause = insertClause(roots, { kind: 'operative', text: 'Agreed wording.' });
  // On request: "Deploy [9,000 troops]." with the brackets held by party A, and a clause both parties signed.
  const extra = options.bracketedAndAgreed === true;
  const bracketedClause = extra ? insertClause(roots, { kind: 'operative', text: 'Deploy 9,000 troops.' }) : null;
  const agreedClause = extra ? insertClause(roots, { kind: 'operative', text: 'Words both parties accepted.' }) : null;
  setup.doc.transact(() => {
    appendParagraph(ensureStatement(roots, partyA as PartyId, itemId), 'Position of A.');
    appendParagraph(ensureStatement(roots, partyB as PartyId, itemId), 'Position of B.');
  });
  if (bracketedClause !== null) {
    const bracketedText = clauseRecord(roots, bracketedClause)?.get('body');
    const bracketedLine = bracketedText instanceof Y.XmlFragment ? bracketedText.get(0) : null;
    const bracketedWords = bracketedLine instanceof Y.XmlElement ? bracketedLine.get(0) : null;
    if (!(bracketedWords instanceof Y.XmlText)) throw new Error('no bracketed clause text');
    bracketedWords.format(7, 12, { [BRACKET_MARK]: { holder: partyA, reason: 'substance', note: null } });
  }
  const locked = await command(server.url, session.id, mediator.token, { type: 'clause.lock', clauseId: lockedClause });
  if (locked.status !== 200) throw new Error(`lock failed: ${JSON.stringify(locked.body)}`);
  await waitFor(() => roots.clauses.get(lockedClause)?.get('locked') === true, 'the lock to sync back');
  if (agreedClause !== null) {
    for (const delegate of [people.delegateA, people.delegateB]) {
      const signed = await command(server.url, session.id, delegate.token, {
        type: 'clause.signOff',
        clauseId: agreedClause,
      });
      if (signed.status !== 200) throw new Error(`sign-off failed: ${JSON.stringify(signed.body)}`);
    }
    await waitFor(() => roots.clauses.get(agreedClause)?.get('status') === 'agreed', 'the agreement to sync back');
  }
  if (options.russianVersion === true) {
    // Russian joins English after the clauses exist: the server gives each its Russian version.
    const languages = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'ru' }],
    });
    if (languages.status !== 200) throw new Error(`languages failed: ${JSON.stringify(languages.body)}`);
    await waitFor(
      () => clauseVersionRecord(clauseRecord(roots, openClause) ?? new Y.Map(), 'ru') !== null,
      'the Russian versions to sync back',
    );
  }
  for (const name of [`${session.id}/caucus/${partyA}`, `${session.id}/caucus/${partyB}`, `${session.id}/mediator`]) {
    const room = await RawClient.connect(server.wsUrl, name, mediator.token);
    await room.sync();
    forwardLocalUpdates(room);
    appendParagraph(roomNotes(room.doc), 'Notes.');
    await waitForAsync(async () => (await server.storage.countUpdates(name)) > 0, `notes of ${name} to be stored`);
    room.close();
  }
  await waitFor(() => readAgenda(plenaryRoots(setup.doc)).length === 1, 'setup');
  // The setup client's own edits are acknowledged once a fresh reader sees them.
  const check = await RawClient.connect(server.wsUrl, session.id, mediator.token);
  await check.sync();
  if (!check.doc.getMap('clauses').has(lockedClause)) throw new Error('setup did not reach the server');
  check.close();
  setup.close();
  return {
    ...people,
    itemId,
    openClause: openClause as ClauseId,
    lockedClause: lockedClause as ClauseId,
    bracketedClause: bracketedClause as ClauseId | null,
    agreedClause: agreedClause as ClauseId | null,
  };
}

export type PreparedSession = Awaited<ReturnType<typeof preparedSession>>;
export type Person = Joined;

/** A document of a session, by what it is. */
export function docNameOf(fixture: PreparedSession, doc: 'plenary' | 'caucusA' | 'caucusB' | 'mediator'): string {
  const { session, partyA, partyB } = fixture;
  switch (doc) {
    case 'plenary':
      return session.id;
    case 'caucusA':
      return `${session.id}/caucus/${partyA}`;
    case 'caucusB':
      return `${session.id}/caucus/${partyB}`;
    case 'mediator':
      return `${session.id}/mediator`;
  }
}

export type Doc = Y.Doc;
