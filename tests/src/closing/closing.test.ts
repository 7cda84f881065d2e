import { createHash } from 'node:crypto';
import type { Notices } from '@parley/shared';
import {
  CloseCodes,
  clauseOptions,
  clauseRecord,
  plenaryRoots,
  readAdoption,
  readClause,
  readSettings,
  readSilence,
} from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { spawnServer } from '../helpers/spawnServer.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { firstLine } from '../helpers/suggestions.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';
import { run } from '../moderation/sessionCommands.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

const adoption = (doc: Y.Doc) => readAdoption(plenaryRoots(doc));
const silence = (doc: Y.Doc) => readSilence(plenaryRoots(doc));
const statusOf = (doc: Y.Doc, clauseId: string) => {
  const record = plenaryRoots(doc).clauses.get(clauseId);
  return record ? readClause(record)?.status : undefined;
};
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** Every clause of the prepared session agreed (the locked one withdrawn from the text). */
async function agreeWholeText(server: TestServer, f: PreparedSession) {
  await run(server, f, 'mediator', { type: 'clause.setStatus', clauseId: f.lockedClause, status: 'withdrawn' });
  expect(
    (await run(server, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause })).status,
  ).toBe(200);
}

async function get<T>(url: string, token?: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, body: (await response.json()) as T };
}

async function noticesOf(server: { url: string }, sessionId: string, token: string): Promise<Notices['notices']> {
  return (await get<Notices>(`${server.url}/api/sessions/${sessionId}/notices`, token)).body.notices;
}

/** The bytes of the JSON export of a revision, as anyone with the right to export downloads them. */
async function exportedJson(url: string, sessionId: string, revision: string, token: string): Promise<Buffer> {
  return exportOf(url, sessionId, `format=json&revision=${revision}`, token);
}

async function exportOf(url: string, sessionId: string, query: string, token: string): Promise<Buffer> {
  const response = await fetch(`${url}/api/sessions/${sessionId}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

describe('closing the deal: adoption of the whole text', () => {
  it('is refused while any clause is not agreed, naming the clause and why; adopted when every party accepts', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const option = await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'Alt' });
    expect(option.status).toBe(200);

    const refused = await run(server, f, 'mediator', { type: 'adoption.propose' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/Nothing is agreed until everything is agreed/);
    expect(refused.body.error).toMatch(
      /clause 1: it has an option not yet collapsed \(Alt\); it is Proposed, not agreed/,
    );
    expect(refused.body.error).toMatch(/clause 2: it is Proposed, not agreed/);

    // The option goes (the clause's words were open), the other clause is withdrawn, the rest agreed.
    await run(server, f, 'mediator', { type: 'clause.remove', clauseId: f.lockedClause });
    const record = clauseRecord(plenaryRoots(watcher.doc), f.openClause);
    const optionId = String(record ? clauseOptions(record).get(0)?.get('id') : '');
    await agreeAfterOption(server, f, optionId);

    expect((await run(server, f, 'delegateA', { type: 'adoption.accept' })).status).toBe(409);
    expect((await run(server, f, 'mediator', { type: 'adoption.propose' })).status).toBe(200);
    await waitFor(() => adoption(watcher.doc)?.state === 'proposed', 'the proposal');
    expect((await run(server, f, 'delegateA', { type: 'adoption.accept', adReferendum: true })).status).toBe(200);
    expect((await run(server, f, 'delegateA', { type: 'adoption.accept' })).status).toBe(409);
    expect(adoption(watcher.doc)?.state).toBe('proposed');
    const last = await run(server, f, 'delegateB', { type: 'adoption.accept' });
    expect(last.status).toBe(200);
    const { revisionId, digest } = last.body as { revisionId: string; digest: string };

    await waitFor(() => adoption(watcher.doc)?.digest === digest, 'the adoption and its digest');
    expect(adoption(watcher.doc)).toMatchObject({ state: 'adopted', revisionId, revisionLabel: 'Adopted text' });
    expect(statusOf(watcher.doc, f.openClause)).toBe('adopted');
    expect(readSettings(plenaryRoots(watcher.doc)).frozen).toBe(true);
    const versions = await get<{ versions: { id: string; label: string }[] }>(
      `${server.url}/api/sessions/${f.session.id}/versions`,
      f.delegateA.token,
    );
    expect(versions.body.versions).toContainEqual(expect.objectContaining({ id: revisionId, label: 'Adopted text' }));
    // The clean text is available.
    const clean = await fetch(`${server.url}/api/sessions/${f.session.id}/export?format=md&clean=1`, {
      headers: { authorization: `Bearer ${f.delegateB.token}` },
    });
    expect(clean.status).toBe(200);

    // Ad referendum, then confirmed by capital (while the session is frozen): the record keeps it.
    expect(adoption(watcher.doc)?.acceptances[f.partyA]).toMatchObject({ adReferendum: true });
    expect((await run(server, f, 'delegateB', { type: 'adoption.confirm' })).status).toBe(409);
    expect((await run(server, f, 'delegateA', { type: 'adoption.confirm' })).status).toBe(200);
    await waitFor(() => adoption(watcher.doc)?.acceptances[f.partyA]?.confirmedAt !== undefined, 'the confirmation');
    expect(adoption(watcher.doc)?.acceptances[f.partyA]?.confirmedBy).toBe(f.delegateA.participantId);
    const audit = await get<{ entries: { action: string; summary: string }[] }>(
      `${server.url}/api/sessions/${f.session.id}/audit`,
      f.mediator.token,
    );
    const summaries = audit.body.entries.map((entry) => entry.summary);
    expect(summaries).toContainEqual(expect.stringMatching(/confirmed the acceptance of .* \(confirmed by capital\)/));
    expect(summaries).toContainEqual(
      expect.stringMatching(/accepted the text for adoption for .*, and the text was adopted as Adopted text/),
    );
    // Everyone is told the text was adopted.
    const told = await noticesOf(server, f.session.id, f.observer.token);
    expect(told.map((notice) => notice.kind)).toContain('adoption');
  });

  it('initials carry the SHA-256 of the adopted text’s JSON export; verify says which text and who initialled it', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await agreeWholeText(server, f);
    expect((await run(server, f, 'delegateA', { type: 'text.initial' })).status).toBe(409);
    await run(server, f, 'mediator', { type: 'adoption.propose' });
    await run(server, f, 'delegateA', { type: 'adoption.accept' });
    await run(server, f, 'delegateB', { type: 'adoption.accept' });
    await waitFor(() => adoption(watcher.doc)?.digest !== undefined, 'the digest');
    const revisionId = adoption(watcher.doc)?.revisionId ?? '';

    const initialled = await run(server, f, 'delegateA', { type: 'text.initial' });
    expect(initialled.status).toBe(200);
    const exported = await exportedJson(server.url, f.session.id, revisionId, f.delegateB.token);
    const digest = createHash('sha256').update(exported).digest('hex');
    expect((initialled.body as { digest: string }).digest).toBe(digest);
    expect(adoption(watcher.doc)?.digest).toBe(digest);
    // The same bytes every time: the export of a revision carries no export time.
    expect((await exportedJson(server.url, f.session.id, revisionId, f.mediator.token)).equals(exported)).toBe(true);
    expect((await run(server, f, 'delegateA', { type: 'text.initial' })).body.error).toMatch(
      /Delegate of A has already initialled/,
    );
    await run(server, f, 'delegateB', { type: 'text.initial' });
    await waitFor(() => Object.keys(adoption(watcher.doc)?.initials ?? {}).length === 2, 'both initials');

    // The documents that leave the room show who initialled the adopted text, and its digest.
    for (const query of ['format=html', `format=html&revision=${revisionId}`]) {
      const html = (await exportOf(server.url, f.session.id, query, f.delegateB.token)).toString('utf8');
      const block = html.slice(html.indexOf('Initialled by the heads of delegation'));
      expect(block).toContain('Delegate of A');
      expect(block).toContain('Делегат B');
      expect(block).toContain(digest);
    }
    const docx = await exportOf(server.url, f.session.id, 'format=docx', f.delegateA.token);
    const documentXml = strFromU8(unzipSync(new Uint8Array(docx))['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toContain('Initialled by the heads of delegation');
    expect(documentXml).toContain('Делегат B');
    expect(documentXml).toContain(digest);
    // The canonical text itself is unchanged by the initials: its digest still verifies.
    expect(
      createHash('sha256')
        .update(await exportedJson(server.url, f.session.id, revisionId, f.mediator.token))
        .digest('hex'),
    ).toBe(digest);

    // Public: no token needed, the digest is the proof.
    const verified = await get<{ adopted: boolean; revision: { id: string; label: string }; initials: unknown[] }>(
      `${server.url}/api/sessions/${f.session.id}/verify?digest=${digest.toUpperCase()}`,
    );
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ adopted: true, revision: { id: revisionId, label: 'Adopted text' } });
    expect(verified.body.initials).toEqual([
      expect.objectContaining({ partyId: f.partyA, name: 'Delegate of A' }),
      expect.objectContaining({ partyId: f.partyB, name: 'Делегат B' }),
    ]);
    const other = createHash('sha256').update('another text').digest('hex');
    const unknown = await get<{ error: string }>(`${server.url}/api/sessions/${f.session.id}/verify?digest=${other}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toBeTruthy();
    expect((await get(`${server.url}/api/sessions/nosuchsession/verify?digest=${digest}`)).status).toBe(404);
    expect((await get(`${server.url}/api/sessions/${f.session.id}/verify?digest=abc`)).status).toBe(400);
  });
});

/** Keeps the option the test added, so the clause has one text again, and agrees the text. */
async function agreeAfterOption(server: TestServer, f: PreparedSession, optionId: string) {
  expect(
    (await run(server, f, 'mediator', { type: 'clause.collapseOptions', clauseId: f.openClause, optionId })).status,
  ).toBe(200);
  expect(
    (await run(server, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause })).status,
  ).toBe(200);
}

describe('closing the deal: the silence procedure', () => {
  it('refuses text with options, and a deadline in the past', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'Alt' });
    const past = await run(server, f, 'mediator', {
      type: 'silence.start',
      until: new Date(Date.now() - 1000).toISOString(),
    });
    expect(past.status).toBe(400);
    const open = await run(server, f, 'mediator', { type: 'silence.start', until: inAnHour() });
    expect(open.status).toBe(409);
    expect(open.body.error).toMatch(/clause 1: it has an option not yet collapsed \(Alt\)/);
    // Chosen clauses: only they must be clean.
    expect(
      (await run(server, f, 'mediator', { type: 'silence.start', until: inAnHour(), clauseIds: [f.lockedClause] }))
        .status,
    ).toBe(200);
  });

  it('holds the text read-only (gate and commands, the mediator too) until a delegate breaks silence; everyone is told at once', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const observer = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const delegateB = await connectProvider(server.wsUrl, f.session.id, { token: f.delegateB.token });
    expect((await run(server, f, 'mediator', { type: 'silence.start', until: inAnHour() })).status).toBe(200);
    await waitFor(() => silence(delegateB.doc)?.clauseIds === null, 'the silence to reach delegate B');

    for (const who of ['delegateA', 'mediator'] as const) {
      const editor = await RawClient.connect(server.wsUrl, f.session.id, f[who].token);
      await editor.sync();
      forwardLocalUpdates(editor);
      firstLine(editor.doc, f.openClause).insert(0, 'Both ');
      const closed = await editor.closedWithin(3000, `${who} editing a text under silence`);
      expect(closed.code).toBe(CloseCodes.Forbidden.code);
      expect(closed.reason).toContain('under silence: read-only until the deadline, unless a party breaks silence');
    }
    const option = await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'Alt' });
    expect(option.status).toBe(409);
    expect(option.body.error).toMatch(/under silence until/);
    expect((await run(server, f, 'mediator', { type: 'clause.add', kind: 'operative', text: 'More.' })).status).toBe(
      409,
    );
    expect((await run(server, f, 'mediator', { type: 'adoption.propose' })).status).toBe(409);
    expect(firstLine(observer.doc, f.openClause).toString()).toBe('The Parties shall meet.');

    expect((await run(server, f, 'delegateA', { type: 'silence.break', explanation: ' ' })).status).toBe(400);
    const explanation = 'Our capital needs the word "annually" in clause 1.';
    expect((await run(server, f, 'delegateA', { type: 'silence.break', explanation })).status).toBe(200);
    // At once, through sync, on every participant's client.
    await waitFor(() => silence(observer.doc)?.outcome?.kind === 'broken', 'the observer to see silence broken');
    await waitFor(() => silence(delegateB.doc)?.outcome?.kind === 'broken', 'delegate B to see silence broken');
    expect(silence(observer.doc)?.outcome).toMatchObject({ kind: 'broken', partyId: f.partyA, explanation });
    for (const who of ['mediator', 'delegateB', 'observer'] as const) {
      const notices = await noticesOf(server, f.session.id, f[who].token);
      const broken = notices.find((notice) => notice.kind === 'silence' && notice.summary.includes('broke silence'));
      expect(broken?.summary, who).toContain('annually');
    }
    expect((await run(server, f, 'delegateB', { type: 'silence.break', explanation: 'Too.' })).status).toBe(409);
    // The procedure ended: the text may change again.
    expect(
      (await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'Alt' })).status,
    ).toBe(200);
  });

  it('kept until the deadline: the chosen clauses are agreed and everyone is told', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const observer = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const until = new Date(Date.now() + 1500).toISOString();
    expect((await run(server, f, 'mediator', { type: 'silence.start', until, clauseIds: [f.openClause] })).status).toBe(
      200,
    );
    // Another clause stays open meanwhile.
    expect(
      (await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.lockedClause, label: 'B' })).status,
    ).toBe(200);
    await waitFor(() => silence(observer.doc)?.outcome?.kind === 'kept', 'silence kept at the deadline', 8000);
    expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(until));
    expect(statusOf(observer.doc, f.openClause)).toBe('agreed');
    expect(adoption(observer.doc)).toBeNull();
    const notices = await noticesOf(server, f.session.id, f.delegateA.token);
    expect(notices.map((notice) => notice.summary)).toContainEqual(
      expect.stringMatching(/silence on clause 1 was kept until the deadline: it is agreed/i),
    );
    expect((await run(server, f, 'delegateB', { type: 'silence.break', explanation: 'Late.' })).status).toBe(409);
  });

  it('kept across a server killed during the silence period: restarted after the deadline, the whole text is adopted', async () => {
    const dataDir = tempDir();
    const first = await spawnServer(dataDir);
    const people = await sessionWithPeople(first.url);
    const { session, mediator, delegateA } = people;
    const added = await command(first.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall meet annually.',
    });
    expect(added.status).toBe(200);
    const until = Date.now() + 2500;
    const started = await command(first.url, session.id, mediator.token, {
      type: 'silence.start',
      until: new Date(until).toISOString(),
    });
    expect(started.status).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - Date.now() + 200)));

    const second = await spawnServer(dataDir);
    // The first use of the session loads its plenary, which settles the deadline that passed meanwhile.
    const watcher = await connectProvider(second.wsUrl, session.id, { token: people.observer.token });
    await waitFor(() => adoption(watcher.doc)?.digest !== undefined, 'the text adopted after the restart', 15_000);
    expect(silence(watcher.doc)?.outcome).toEqual({ kind: 'kept', at: until });
    expect(adoption(watcher.doc)).toMatchObject({ state: 'adopted', underSilence: true });
    const clauseId = String((added.body as { clauseId: string }).clauseId);
    expect(statusOf(watcher.doc, clauseId)).toBe('adopted');
    const revisionId = adoption(watcher.doc)?.revisionId ?? '';
    const exported = await exportedJson(second.url, session.id, revisionId, delegateA.token);
    const digest = createHash('sha256').update(exported).digest('hex');
    const verified = await get<{ adopted: boolean }>(
      `${second.url}/api/sessions/${session.id}/verify?digest=${digest}`,
    );
    expect(verified.status).toBe(200);
    await waitForAsync(
      async () =>
        (await noticesOf(second, session.id, delegateA.token)).some((notice) =>
          /silence on the whole text was kept until the deadline: the text was adopted/i.test(notice.summary),
        ),
      'delegate A told the text was adopted',
    );
  });

  it('kept across a server stopped (SIGTERM) during the silence period and restarted before the deadline: the timer is re-armed', async () => {
    const dataDir = tempDir();
    const first = await spawnServer(dataDir);
    const people = await sessionWithPeople(first.url);
    const { session, mediator } = people;
    await command(first.url, session.id, mediator.token, { type: 'clause.add', kind: 'operative', text: 'Words.' });
    const until = Date.now() + 12_000;
    const started = await command(first.url, session.id, mediator.token, {
      type: 'silence.start',
      until: new Date(until).toISOString(),
    });
    expect(started.status).toBe(200);
    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);

    const second = await spawnServer(dataDir);
    const watcher = await connectProvider(second.wsUrl, session.id, { token: people.observer.token });
    expect(Date.now()).toBeLessThan(until);
    expect(silence(watcher.doc)?.outcome).toBeUndefined();
    await waitFor(() => adoption(watcher.doc)?.digest !== undefined, 'the text adopted at the deadline', 25_000);
    expect(Date.now()).toBeGreaterThanOrEqual(until);
    expect(silence(watcher.doc)?.outcome).toEqual({ kind: 'kept', at: until });
  });
});
