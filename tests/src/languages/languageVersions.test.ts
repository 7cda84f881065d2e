import type { ClauseId, CreateSessionResponse, PartyId } from '@parley/shared';
import {
  apiErrorSchema,
  appendAgendaItem,
  appendParagraph,
  auditPageSchema,
  buildClauseVersionRecord,
  CloseCodes,
  COMMAND_ROLES,
  CURRENT_SCHEMA_VERSION,
  clauseRecord,
  clauseVersionRecord,
  createClauseOption,
  ensureStatement,
  fragmentPlainText,
  insertClause,
  noticesSchema,
  plenaryRoots,
  readLanguageAlignment,
  readLanguages,
  readSchemaVersion,
  readTitle,
  sessionSummarySchema,
  versionAlignments,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Joined } from '../helpers/api.ts';
import { command, createSession, join, postJson } from '../helpers/api.ts';
import { importMarkdown } from '../helpers/importDraft.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient, UpgradeRefused } from '../helpers/rawClient.ts';
import { writeDraft } from '../helpers/roomDraft.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

const ENGLISH_AND_RUSSIAN = [{ tag: 'en' }, { tag: 'ru' }];

/** A session negotiated in English with a Russian text (authentic unless told), and one of each role. */
async function bilingualSession(
  server: TestServer,
  options: { languagesInParallel?: boolean; languages?: { tag: string; authentic?: boolean }[] } = {},
) {
  const created = await postJson<CreateSessionResponse>(`${server.url}/api/sessions`, {
    title: 'Agreement on the status of the mission',
    parties: [{ name: 'The Organisation' }, { name: 'Российская Федерация' }],
    languages: options.languages ?? ENGLISH_AND_RUSSIAN,
    ...(options.languagesInParallel !== undefined ? { languagesInParallel: options.languagesInParallel } : {}),
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

function record(doc: Y.Doc, clauseId: string): Y.Map<unknown> {
  const found = clauseRecord(plenaryRoots(doc), clauseId as ClauseId);
  if (!found) throw new Error(`no clause ${clauseId}`);
  return found;
}

function versionIn(doc: Y.Doc, clauseId: string, language = 'ru') {
  const version = clauseVersionRecord(record(doc, clauseId), language);
  const heading = version?.get('heading');
  const body = version?.get('body');
  const options = version?.get('options');
  if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment) || !(options instanceof Y.Map)) {
    throw new Error(`no ${language} version of ${clauseId}`);
  }
  return { heading, body, options: options as Y.Map<Y.XmlFragment> };
}

const signOffs = (doc: Y.Doc, clauseId: string) => (record(doc, clauseId).get('signoffs') as Y.Map<unknown>).size;

const hasVersion = (doc: Y.Doc, clauseId: string, language = 'ru') =>
  plenaryRoots(doc).clauses.has(clauseId) && clauseVersionRecord(record(doc, clauseId), language) !== null;

/** Connects a raw y-protocols client that sends its local edits as they happen. */
async function writer(server: TestServer, docName: string, who: Joined): Promise<RawClient> {
  const client = await RawClient.connect(server.wsUrl, docName, who.token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

async function expectRefused(client: RawClient, what: string): Promise<string> {
  const closed = await client.closedWithin(3000, what);
  expect(closed.code, what).toBe(CloseCodes.Forbidden.code);
  expect(closed.reason.length).toBeGreaterThan(5);
  return closed.reason;
}

/** Writes Russian words into a clause's version through the official provider, as the room does. */
async function translate(server: TestServer, sessionId: string, who: Joined, clauseId: string, words: string) {
  const client = await connectProvider(server.wsUrl, sessionId, { token: who.token });
  await waitFor(() => hasVersion(client.doc, clauseId), 'the Russian version');
  appendParagraph(versionIn(client.doc, clauseId).body, words);
  const check = await connectProvider(server.wsUrl, sessionId, { token: who.token });
  await waitFor(() => fragmentPlainText(versionIn(check.doc, clauseId).body).includes(words), 'the words to be stored');
  return client;
}

async function summaryOf(server: TestServer, sessionId: string, who: Joined) {
  const response = await fetch(`${server.url}/api/sessions/${sessionId}`, {
    headers: { authorization: `Bearer ${who.token}` },
  });
  expect(response.status).toBe(200);
  return sessionSummarySchema.parse(await response.json());
}

describe('language versions of a clause (issue 15)', () => {
  it('language services may send exactly one command: clause.alignLanguage', () => {
    const theirs = Object.entries(COMMAND_ROLES)
      .filter(([, roles]) => roles.includes('languageServices'))
      .map(([type]) => type);
    expect(theirs).toEqual(['clause.alignLanguage']);
  });

  it('the server creates the Russian version; the translator and the mediator write it through the gate', async () => {
    const server = await startServer();
    const { session, mediator, translator } = await bilingualSession(server);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const added = await command(server.url, session.id, mediator.token, {
      type: 'clause.addOption',
      clauseId,
      label: 'Biennially',
    });
    const optionId = (added.body as { optionId: string }).optionId;

    // The translator writes with the official y-websocket provider, as the room does.
    const translating = await connectProvider(server.wsUrl, session.id, { token: translator.token });
    await waitFor(() => hasVersion(translating.doc, clauseId), 'the Russian version');
    await waitFor(() => versionIn(translating.doc, clauseId).options.has(optionId), 'the option’s Russian body');
    translating.doc.transact(() => {
      const russian = versionIn(translating.doc, clauseId);
      russian.heading.insert(0, 'Встречи');
      appendParagraph(russian.body, 'Стороны встречаются ежегодно.');
      appendParagraph(russian.options.get(optionId) as Y.XmlFragment, 'Раз в два года.');
    });
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    await waitFor(
      () => fragmentPlainText(versionIn(watcher.doc, clauseId).options.get(optionId) as Y.XmlFragment) !== '',
      'the Russian words to reach the mediator',
    );
    expect(versionIn(watcher.doc, clauseId).heading.toString()).toBe('Встречи');
    expect(fragmentPlainText(versionIn(watcher.doc, clauseId).body)).toBe('Стороны встречаются ежегодно.');
    expect(translating.closes).toEqual([]);

    appendParagraph(versionIn(watcher.doc, clauseId).body, 'Поправка посредника.');
    await waitFor(
      () => fragmentPlainText(versionIn(translating.doc, clauseId).body).includes('Поправка'),
      'the mediator’s Russian words to reach the translator',
    );
    expect(watcher.closes).toEqual([]);

    // A version's words are not a change of the clause's own words: no entry in the clause history.
    const history = await fetch(`${server.url}/api/sessions/${session.id}/clauses/${clauseId}/history`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    expect(history.status).toBe(200);
    expect(JSON.stringify(await history.json())).not.toContain('ежегодно');
  });

  it('the translator writes nothing else: every other write is refused at the gate with 4403', async () => {
    const server = await startServer();
    const { session, mediator, translator } = await bilingualSession(server);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const partyA = session.parties[0]?.id as PartyId;
    const setup = await writer(server, session.id, mediator);
    const itemId = appendAgendaItem(plenaryRoots(setup.doc), { title: 'Status of the mission' });
    appendParagraph(ensureStatement(plenaryRoots(setup.doc), partyA, itemId), 'Our position.');
    await waitFor(() => hasVersion(setup.doc, clauseId), 'the Russian version');

    const attempts: [string, (doc: Y.Doc) => void, string][] = [
      [
        'the English body',
        (d) => appendParagraph(record(d, clauseId).get('body') as Y.XmlFragment, 'Forged.'),
        'read-only for language services',
      ],
      ['the English heading', (d) => (record(d, clauseId).get('heading') as Y.Text).insert(0, 'Forged'), 'read-only'],
      ['a statement', (d) => appendParagraph(ensureStatement(plenaryRoots(d), partyA, itemId), 'Forged.'), 'read-only'],
      ['the agenda', (d) => appendAgendaItem(plenaryRoots(d), { title: 'Forged' }), 'read-only'],
      ['the title', (d) => plenaryRoots(d).meta.set('title', 'Forged'), 'read-only'],
      ['a new clause', (d) => insertClause(plenaryRoots(d), { kind: 'operative', text: 'Forged.' }), 'read-only'],
      ['an alignment', (d) => (record(d, clauseId).get('alignments') as Y.Map<unknown>).set('ru', {}), 'commands only'],
      [
        'a version record of its own',
        (d) => (record(d, clauseId).get('versions') as Y.Map<unknown>).set('fr', buildClauseVersionRecord([])),
        'created by the server',
      ],
      ['the status', (d) => record(d, clauseId).set('status', 'agreed'), 'status'],
    ];
    for (const [what, edit, reason] of attempts) {
      const client = await writer(server, session.id, translator);
      edit(client.doc);
      expect(await expectRefused(client, `the translator writing ${what}`), what).toContain(reason);
    }

    const reader = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    expect(readTitle(plenaryRoots(reader.doc))).toBe('Agreement on the status of the mission');
    expect(fragmentPlainText(record(reader.doc, clauseId).get('body') as Y.XmlFragment)).toBe(
      'The Parties shall meet annually.',
    );
    expect(JSON.stringify(reader.doc.toJSON())).not.toContain('Forged');

    // Other documents are closed at the upgrade: a caucus, the mediators' notes, another session.
    for (const room of [`${session.id}/caucus/${partyA}`, `${session.id}/mediator`]) {
      const refused = await RawClient.connect(server.wsUrl, room, translator.token).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(UpgradeRefused);
      expect((refused as UpgradeRefused).status).toBe(403);
    }
    const other = await createSession(server.url);
    const elsewhere = await RawClient.connect(server.wsUrl, other.id, translator.token).catch(
      (error: unknown) => error,
    );
    expect((elsewhere as UpgradeRefused).status).toBe(403);
    // Commands: language services align versions and nothing else.
    const raised = await command(server.url, session.id, translator.token, { type: 'queue.raiseHand' });
    expect(raised.status).toBe(403);
    const comment = await command(server.url, session.id, translator.token, {
      type: 'clause.comment',
      clauseId,
      text: 'A translator’s note',
    });
    expect(comment.status).toBe(403);
  });

  it('delegates read the versions in the usual mode and write them when the languages are negotiated in parallel', async () => {
    const server = await startServer();
    const { session, mediator, delegateA } = await bilingualSession(server);
    expect((await summaryOf(server, session.id, delegateA)).languagesInParallel).toBe(false);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');

    const usual = await writer(server, session.id, delegateA);
    await waitFor(() => hasVersion(usual.doc, clauseId), 'the Russian version');
    appendParagraph(versionIn(usual.doc, clauseId).body, 'Слова делегата.');
    expect(await expectRefused(usual, 'a delegate writing the Russian version')).toContain(
      'follow the language of negotiation',
    );

    const parallel = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: ENGLISH_AND_RUSSIAN,
      inParallel: true,
    });
    expect(parallel.status).toBe(200);
    expect((await summaryOf(server, session.id, delegateA)).languagesInParallel).toBe(true);
    const again = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: ENGLISH_AND_RUSSIAN,
      inParallel: true,
    });
    expect(again.status).toBe(409);

    const inParallel = await writer(server, session.id, delegateA);
    appendParagraph(versionIn(inParallel.doc, clauseId).body, 'Слова делегата.');
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    await waitFor(
      () => fragmentPlainText(versionIn(watcher.doc, clauseId).body).includes('делегата'),
      'the delegate’s Russian words to land',
    );
    expect(inParallel.isOpen).toBe(true);
    const auditAnswer = await fetch(`${server.url}/api/sessions/${session.id}/audit`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    expect(auditPageSchema.parse(await auditAnswer.json()).entries.map((entry) => entry.summary)).toContain(
      'The Envoy (mediator) set the languages to English (negotiated) and Russian, negotiated in parallel.',
    );

    // A session created in parallel says so from the start.
    const created = await bilingualSession(server, { languagesInParallel: true });
    expect((await summaryOf(server, created.session.id, created.delegateB)).languagesInParallel).toBe(true);
  });

  it('a change to the English text makes the Russian version stale and blocks sign-off until it is aligned again', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB, translator } = await bilingualSession(server);
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const languages = () => readLanguages(plenaryRoots(watcher.doc));
    const stateOfRussian = () => versionAlignments(record(watcher.doc, clauseId), languages())[0]?.state;

    // Nothing to align yet: the version has no words.
    const early = await command(server.url, session.id, translator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'ru',
    });
    expect(early.status).toBe(409);
    expect(early.body.error).toContain('Russian version of clause 1 has no words yet');
    const missing = await command(server.url, session.id, delegateA.token, { type: 'clause.signOff', clauseId });
    expect(missing.status).toBe(409);
    expect(missing.body.error).toContain('the Russian version is missing');

    await translate(server, session.id, translator, clauseId, 'Стороны встречаются ежегодно.');
    await waitFor(() => stateOfRussian() === 'missing', 'the version to be read as never aligned');
    const aligned = await command(server.url, session.id, translator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'ru',
    });
    expect(aligned.status, JSON.stringify(aligned.body)).toBe(200);
    await waitFor(() => stateOfRussian() === 'aligned', 'the alignment to sync');
    expect(readLanguageAlignment(record(watcher.doc, clauseId), 'ru')).toMatchObject({
      source: 'en',
      by: translator.participantId,
      name: 'Переводчик',
      sourceWording: 'The Parties shall meet annually.',
      versionWording: 'Стороны встречаются ежегодно.',
    });
    const signed = await command(server.url, session.id, delegateA.token, { type: 'clause.signOff', clauseId });
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    await waitFor(() => signOffs(watcher.doc, clauseId) === 1, 'A’s sign-off');

    // The Russian text is as authentic as the English: a change to it lapses the sign-off too.
    await translate(server, session.id, translator, clauseId, 'Примечание.');
    await waitFor(() => signOffs(watcher.doc, clauseId) === 0, 'the sign-off to lapse');
    expect(stateOfRussian()).toBe('stale');
    // A's delegation is told, with the Russian words it had signed and the Russian words now.
    const told = await fetch(`${server.url}/api/sessions/${session.id}/notices`, {
      headers: { authorization: `Bearer ${delegateA.token}` },
    });
    const lapsed = noticesSchema.parse(await told.json()).notices.find((notice) => notice.kind === 'signOffsCleared');
    expect(lapsed?.before).toBe('Стороны встречаются ежегодно.');
    expect(lapsed?.diff?.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Примечание.']);
    expect(lapsed?.facts).toMatchObject({ kind: 'signOffsCleared', language: 'ru', changedBy: 'Переводчик' });
    const realignedOnce = await command(server.url, session.id, mediator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'ru',
    });
    expect(realignedOnce.status).toBe(200);
    const signedAgain = await command(server.url, session.id, delegateA.token, { type: 'clause.signOff', clauseId });
    expect(signedAgain.status, JSON.stringify(signedAgain.body)).toBe(200);

    // Party B changes the English words: A's sign-off lapses and the Russian text no longer says the same.
    const editor = await writer(server, session.id, delegateB);
    const paragraph = (record(editor.doc, clauseId).get('body') as Y.XmlFragment).get(0) as Y.XmlElement;
    const line = paragraph.get(0) as Y.XmlText;
    line.insert(line.length - 1, ' in Geneva');
    await waitFor(() => stateOfRussian() === 'stale', 'the Russian version to be stale');
    const stale = await command(server.url, session.id, delegateA.token, { type: 'clause.signOff', clauseId });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toBe(
      'Clause 1 cannot be signed off while an authentic text is not aligned: the Russian version is stale (the text changed since it was aligned). Language services or the mediator align it first.',
    );
    const noObjection = await command(server.url, session.id, mediator.token, {
      type: 'clause.agreeWithoutObjection',
      clauseId,
    });
    expect(noObjection.status).toBe(409);
    expect(noObjection.body.error).toContain('Russian');

    // Who may align, and what: the mediator and language services, a version of the session.
    expect(
      (
        await command(server.url, session.id, delegateA.token, {
          type: 'clause.alignLanguage',
          clauseId,
          language: 'ru',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await command(server.url, session.id, mediator.token, {
          type: 'clause.alignLanguage',
          clauseId,
          language: 'en',
        })
      ).status,
    ).toBe(400);
    const french = await command(server.url, session.id, mediator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'fr',
    });
    expect(french.status).toBe(404);
    expect(french.body.error).toContain('no French version');

    // A muted translator neither writes nor aligns.
    const muted = await command(server.url, session.id, mediator.token, {
      type: 'participant.mute',
      participantId: translator.participantId,
    });
    expect(muted.status).toBe(200);
    const mutedAlign = await command(server.url, session.id, translator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'ru',
    });
    expect(mutedAlign.status).toBe(409);
    expect(mutedAlign.body.error).toContain('muted');
    const mutedWriter = await writer(server, session.id, translator);
    appendParagraph(versionIn(mutedWriter.doc, clauseId).body, 'Тихо.');
    expect(await expectRefused(mutedWriter, 'a muted translator writing')).toContain('muted');
    expect(
      (
        await command(server.url, session.id, mediator.token, {
          type: 'participant.unmute',
          participantId: translator.participantId,
        })
      ).status,
    ).toBe(200);

    // The translator brings the Russian text in step and aligns it again: the clause can be agreed.
    const translating = await translate(server, session.id, translator, clauseId, 'В Женеве.');
    const realigned = await command(server.url, session.id, translator.token, {
      type: 'clause.alignLanguage',
      clauseId,
      language: 'ru',
    });
    expect(realigned.status).toBe(200);
    for (const delegate of [delegateA, delegateB]) {
      const answer = await command(server.url, session.id, delegate.token, { type: 'clause.signOff', clauseId });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    }
    await waitFor(() => record(watcher.doc, clauseId).get('status') === 'agreed', 'the clause to be agreed');

    // An agreed clause's Russian words are as frozen as its English ones.
    const late = await writer(server, session.id, translator);
    appendParagraph(versionIn(late.doc, clauseId).body, 'Поздно.');
    expect(await expectRefused(late, 'the translator writing an agreed clause')).toContain('read-only for everyone');
    expect(translating.closes).toEqual([]);

    // Adoption stands for every authentic text: an authentic French version added since is missing.
    const withFrench = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [...ENGLISH_AND_RUSSIAN, { tag: 'fr' }],
    });
    expect(withFrench.status).toBe(200);
    const adopted = await command(server.url, session.id, mediator.token, {
      type: 'clause.setStatus',
      clauseId,
      status: 'adopted',
    });
    expect(adopted.status).toBe(409);
    expect(adopted.body.error).toContain(
      'cannot be adopted while an authentic text is not aligned: the French version is missing',
    );
    // The same refusal as facts, for a room in another language (`apiErrorSchema`'s `why`).
    expect(apiErrorSchema.parse(adopted.body).why).toEqual({
      code: 'versionsNotAligned',
      transition: 'adopt',
      versions: [{ language: 'fr', state: 'missing' }],
    });

    const audit = await fetch(`${server.url}/api/sessions/${session.id}/audit`, {
      headers: { authorization: `Bearer ${mediator.token}` },
    });
    expect(auditPageSchema.parse(await audit.json()).entries.map((entry) => entry.summary)).toContain(
      'Переводчик (language services) aligned the Russian version of clause 1 with English.',
    );
  });

  it('a version that is not authentic never blocks a sign-off, and a change to it lapses none', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB, translator } = await bilingualSession(server, {
      languages: [{ tag: 'en' }, { tag: 'ru', authentic: false }],
    });
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    const first = await command(server.url, session.id, delegateA.token, { type: 'clause.signOff', clauseId });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    await translate(server, session.id, translator, clauseId, 'Стороны встречаются ежегодно.');
    const second = await command(server.url, session.id, delegateB.token, { type: 'clause.signOff', clauseId });
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    await waitFor(() => record(watcher.doc, clauseId).get('status') === 'agreed', 'the clause to be agreed');
    expect(signOffs(watcher.doc, clauseId)).toBe(2);
  });

  it('versions follow a language added later, an imported draft and a tabled draft', async () => {
    const server = await startServer();
    const { session, mediator } = await bilingualSession(server, { languages: [{ tag: 'en' }] });
    const clauseId = await addClause(server, session.id, mediator, 'The Parties shall meet annually.');
    const watcher = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    await waitFor(() => plenaryRoots(watcher.doc).clauses.has(clauseId), 'the clause');
    expect((record(watcher.doc, clauseId).get('versions') as Y.Map<unknown>).size).toBe(0);

    const added = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }, { tag: 'ar' }],
    });
    expect(added.status).toBe(200);
    await waitFor(() => hasVersion(watcher.doc, clauseId, 'ar'), 'the Arabic version');

    const imported = await importMarkdown(server.url, session.id, mediator.token, 'Recalling the mandate,\n\n1. Meet.');
    await waitFor(() => imported.every((id) => hasVersion(watcher.doc, id, 'ar')), 'versions of imported clauses');

    const partyA = session.parties[0]?.id ?? '';
    const room = `${session.id}/caucus/${partyA}`;
    const draftId = await writeDraft(server, room, mediator.token, { heading: 'Tabled', text: 'From the caucus.' });
    const tabled = await command(server.url, session.id, mediator.token, {
      type: 'draft.table',
      room,
      draftId,
      as: 'clause',
      kind: 'operative',
    });
    expect(tabled.status, JSON.stringify(tabled.body)).toBe(200);
    const tabledId = (tabled.body as { clauseId: string }).clauseId;
    await waitFor(() => hasVersion(watcher.doc, tabledId, 'ar'), 'the Arabic version of the tabled clause');

    // A clause written by a client (the mediator's editor) gets its versions from the server too.
    const client = await writer(server, session.id, mediator);
    const written = insertClause(plenaryRoots(client.doc), { kind: 'operative', text: 'Written in the room.' });
    await waitFor(() => hasVersion(watcher.doc, written, 'ar'), 'the Arabic version of a clause from a client');
    // So does an option a client adds: each version gets a body for it.
    const option = createClauseOption('Option 1');
    (record(client.doc, written).get('options') as Y.Array<Y.Map<unknown>>).push([option.record]);
    await waitFor(() => versionIn(watcher.doc, written, 'ar').options.has(option.id), 'the Arabic body of the option');
    // Arabic words written, the language cannot be dropped any more.
    appendParagraph(versionIn(client.doc, written, 'ar').body, 'يجتمع الطرفان.');
    await waitFor(
      () => fragmentPlainText(versionIn(watcher.doc, written, 'ar').body) !== '',
      'the Arabic words to land',
    );
    const dropped = await command(server.url, session.id, mediator.token, {
      type: 'session.languages',
      languages: [{ tag: 'en' }],
    });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error).toContain('Arabic holds text');
  });

  it('an old session is migrated to schema 8: its clauses gain versions and alignments on load', async () => {
    const server = await startServer();
    const { session, mediator, translator } = await bilingualSession(server);
    // Written into storage as a version 7 server left it: a clause without versions or alignments.
    const old = new Y.Doc();
    const stored = await server.storage.loadDocument(session.id);
    if (stored.state) Y.applyUpdate(old, stored.state);
    for (const update of stored.updates) Y.applyUpdate(old, update);
    const before = Y.encodeStateVector(old);
    let clauseId = '';
    old.transact(() => {
      const roots = plenaryRoots(old);
      clauseId = insertClause(roots, { kind: 'operative', text: 'Old words.' });
      record(old, clauseId).delete('versions');
      record(old, clauseId).delete('alignments');
      roots.meta.set('schemaVersion', 7);
    });
    await server.storage.appendUpdate(session.id, Y.encodeStateAsUpdate(old, before));

    const reader = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    expect(readSchemaVersion(plenaryRoots(reader.doc))).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBe(8);
    expect(record(reader.doc, clauseId).get('alignments')).toBeInstanceOf(Y.Map);
    expect(hasVersion(reader.doc, clauseId)).toBe(true);
    await translate(server, session.id, translator, clauseId, 'Старые слова.');
  });
});
