import { BRACKET_MARK, CloseCodes, plenaryRoots, readAgenda, readModeration } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';
import { type Actor, clause, run } from './sessionCommands.ts';

const INTERNAL = /agreedAdReferendum|underDiscussion|notRetained|clause\.|queue\.|\bfrozen is\b/;

function firstLine(doc: Y.Doc, clauseId: string): Y.XmlText {
  const paragraph = clause(doc, clauseId)?.body.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return text;
}

async function editor(server: TestServer, f: PreparedSession, who: Actor): Promise<RawClient> {
  const client = await RawClient.connect(server.wsUrl, f.session.id, f[who].token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

interface AuditEntry {
  action: string;
  outcome: string;
  participantId: string | null;
  detail: Record<string, unknown>;
}
async function auditOf(server: TestServer, f: PreparedSession): Promise<AuditEntry[]> {
  const answer = await fetch(`${server.url}/api/sessions/${f.session.id}/audit?limit=500`, {
    headers: { authorization: `Bearer ${f.mediator.token}` },
  });
  return ((await answer.json()) as { entries: AuditEntry[] }).entries;
}

/** Party B brackets "Parties" in the open clause ("The Parties shall meet."). */
async function bracketByB(server: TestServer, f: PreparedSession, watcher: Y.Doc): Promise<void> {
  const b = await editor(server, f, 'delegateB');
  firstLine(b.doc, f.openClause).format(4, 7, { [BRACKET_MARK]: { holder: f.partyB, reason: 'substance' } });
  await waitFor(() => clause(watcher, f.openClause)?.status === 'bracketed', 'the clause to become bracketed');
  b.close();
}

describe('[LIFE] the life of a clause through the real server', () => {
  it('a bracket makes the clause bracketed; it cannot be signed off, set agreed or declared agreed (409 naming holder and words); lifting it makes it proposed', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await bracketByB(server, f, watcher.doc);

    const signOff = await run(server, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause });
    expect(signOff.status).toBe(409);
    expect(signOff.body.error).toContain('“Parties” held by Граница');
    const setAgreed = await run(server, f, 'mediator', {
      type: 'clause.setStatus',
      clauseId: f.openClause,
      status: 'agreed',
    });
    expect(setAgreed.status).toBe(409);
    expect(setAgreed.body.error).toContain('every party signs it off');
    const adopted = await run(server, f, 'mediator', {
      type: 'clause.setStatus',
      clauseId: f.openClause,
      status: 'adopted',
    });
    expect(adopted.status).toBe(409);
    const declared = await run(server, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause });
    expect(declared.status).toBe(409);
    expect(declared.body.error).toContain('“Parties” held by Граница');
    for (const answer of [signOff, setAgreed, adopted, declared]) expect(answer.body.error).not.toMatch(INTERNAL);

    const b = await editor(server, f, 'delegateB');
    firstLine(b.doc, f.openClause).format(4, 7, { [BRACKET_MARK]: null });
    await waitFor(
      () => clause(watcher.doc, f.openClause)?.status === 'proposed',
      'proposed once the bracket is lifted',
    );
  });

  it('two options make the clause bracketed; collapsing them makes it proposed again', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const first = await run(server, f, 'mediator', {
      type: 'clause.addOption',
      clauseId: f.openClause,
      label: 'Option 1',
    });
    await run(server, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'Option 2' });
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'bracketed', 'bracketed by options');
    const signOff = await run(server, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause });
    expect(signOff.status).toBe(409);
    expect(signOff.body.error).toContain('2 options not yet collapsed (Option 1, Option 2)');
    const optionId = (first.body as { optionId: string }).optionId;
    expect(
      (await run(server, f, 'mediator', { type: 'clause.collapseOptions', clauseId: f.openClause, optionId })).status,
    ).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'proposed', 'proposed after collapsing');
  });

  it('the mediator cannot set agreed by hand; every sign-off agrees it, and then nobody, the mediator included, changes its words until it is reopened', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    for (const status of ['agreed', 'agreedAdReferendum', 'bracketed']) {
      const answer = await run(server, f, 'mediator', { type: 'clause.setStatus', clauseId: f.openClause, status });
      expect(answer.status, status).toBe(409);
      expect(answer.body.error).not.toMatch(INTERNAL);
    }
    expect((await run(server, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause })).status).toBe(200);
    expect(
      (await run(server, f, 'delegateB', { type: 'clause.signOff', clauseId: f.openClause, adReferendum: true }))
        .status,
    ).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'agreedAdReferendum', 'agreed ad referendum');

    // Commands that change the words are refused too, for the mediator as for anyone.
    const option = await run(server, f, 'mediator', {
      type: 'clause.addOption',
      clauseId: f.openClause,
      label: 'Option 2',
    });
    expect(option.status).toBe(409);
    expect(option.body.error).toContain('Agreed ad referendum');
    expect(option.body.error).not.toMatch(INTERNAL);

    // [SYNC] The mediator's own edit through sync is refused by the update gate with 4403.
    const mediator = await editor(server, f, 'mediator');
    firstLine(mediator.doc, f.openClause).insert(0, 'Both ');
    const closed = await mediator.closedWithin(3000, 'the mediator editing an agreed clause');
    expect(closed.code).toBe(CloseCodes.Forbidden.code);
    // The close reason is cut to the WebSocket limit (123 bytes) by the sync layer; the code says refused.
    expect(closed.reason).toContain('text of clause');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(firstLine(watcher.doc, f.openClause).toString()).toBe('The Parties shall meet.');
    expect(clause(watcher.doc, f.openClause)?.signoffs.size).toBe(2);

    // B's capital confirms: agreed.
    expect((await run(server, f, 'delegateB', { type: 'clause.signOff', clauseId: f.openClause })).status).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'agreed', 'agreed once confirmed');

    // Reopen needs a reason, and only the mediator.
    expect(
      (await run(server, f, 'delegateA', { type: 'clause.reopen', clauseId: f.openClause, reason: 'x' })).status,
    ).toBe(403);
    expect(
      (await run(server, f, 'mediator', { type: 'clause.reopen', clauseId: f.openClause, reason: '  ' })).status,
    ).toBe(400);
    const reopened = await run(server, f, 'mediator', {
      type: 'clause.reopen',
      clauseId: f.openClause,
      reason: 'A capital asked for one more look',
    });
    expect(reopened.status).toBe(200);
    await waitFor(
      () =>
        clause(watcher.doc, f.openClause)?.status === 'proposed' &&
        clause(watcher.doc, f.openClause)?.signoffs.size === 0,
      'reopened: proposed, no sign-offs',
    );
    const entry = (await auditOf(server, f)).find((e) => e.action === 'clause.reopen' && e.outcome === 'ok');
    expect(entry?.participantId).toBe(f.mediator.participantId);
    expect(entry?.detail).toMatchObject({
      reason: 'A capital asked for one more look',
      textBefore: 'The Parties shall meet.',
      statusBefore: 'agreed',
      statusAfter: 'proposed',
      reopenedBy: 'The Envoy',
    });

    // Now the words may change again.
    const again = await editor(server, f, 'mediator');
    firstLine(again.doc, f.openClause).insert(0, 'Both ');
    await waitFor(
      () => firstLine(watcher.doc, f.openClause).toString().startsWith('Both '),
      'the edit after reopening',
    );
    expect(again.isOpen).toBe(true);
  });

  it('a delegate withdrawing their sign-off reopens an agreed clause for everyone; only their own party’s', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await run(server, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause });
    await run(server, f, 'delegateB', { type: 'clause.signOff', clauseId: f.openClause });
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'agreed', 'agreed');
    expect((await run(server, f, 'delegateA', { type: 'clause.withdrawSignOff', clauseId: f.openClause })).status).toBe(
      200,
    );
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'proposed', 'proposed again');
    expect([...(clause(watcher.doc, f.openClause)?.signoffs.keys() ?? [])]).toEqual([f.partyB]);
    const again = await run(server, f, 'delegateA', { type: 'clause.withdrawSignOff', clauseId: f.openClause });
    expect(again.status).toBe(409);
  });

  it('“agreed, no objection” is a recorded command of the mediator; adopted only from agreed', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    expect(
      (await run(server, f, 'mediator', { type: 'clause.setStatus', clauseId: f.openClause, status: 'adopted' }))
        .status,
    ).toBe(409);
    expect(
      (await run(server, f, 'delegateA', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause })).status,
    ).toBe(403);
    expect(
      (await run(server, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause })).status,
    ).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'agreed', 'agreed');
    expect(
      (await run(server, f, 'mediator', { type: 'clause.setStatus', clauseId: f.openClause, status: 'adopted' }))
        .status,
    ).toBe(200);
    await waitFor(() => clause(watcher.doc, f.openClause)?.status === 'adopted', 'adopted');
    const entry = (await auditOf(server, f)).find((e) => e.action === 'clause.agreeWithoutObjection');
    expect(entry?.detail).toMatchObject({
      text: 'The Parties shall meet.',
      statusBefore: 'proposed',
      statusAfter: 'agreed',
    });
  });
});

describe('[RULES6] the smaller rules', () => {
  it('a point of order can be raised while already on the list: it jumps the list, the earlier request keeps its place', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    expect((await run(server, f, 'delegateB', { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await run(server, f, 'delegateA', { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await run(server, f, 'delegateA', { type: 'queue.raiseHand', pointOfOrder: true })).status).toBe(200);
    const twice = await run(server, f, 'delegateA', { type: 'queue.raiseHand', pointOfOrder: true });
    expect(twice.status).toBe(409);
    await waitFor(() => readModeration(plenaryRoots(watcher.doc)).speakers.length === 3, 'three requests');
    const list = () => readModeration(plenaryRoots(watcher.doc)).speakers.map((s) => [s.participantId, s.pointOfOrder]);
    expect(list()).toEqual([
      [f.delegateA.participantId, true],
      [f.delegateB.participantId, false],
      [f.delegateA.participantId, false],
    ]);
    // Serving the point of order leaves A's ordinary request where it was.
    expect((await run(server, f, 'mediator', { type: 'floor.next' })).status).toBe(200);
    await waitFor(() => readModeration(plenaryRoots(watcher.doc)).speakers.length === 2, 'the point of order served');
    expect(list()).toEqual([
      [f.delegateB.participantId, false],
      [f.delegateA.participantId, false],
    ]);
  });

  it('only one agenda item is under discussion: taking up another sends the previous back to pending; a concluded one stays concluded', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const second = await run(server, f, 'mediator', { type: 'agenda.add', title: 'Second item' });
    const third = await run(server, f, 'mediator', { type: 'agenda.add', title: 'Third item' });
    const secondId = (second.body as { itemId: string }).itemId;
    const thirdId = (third.body as { itemId: string }).itemId;
    const states = () => readAgenda(plenaryRoots(watcher.doc)).map((i) => i.state);
    await run(server, f, 'mediator', { type: 'agenda.setCurrent', itemId: f.itemId });
    await run(server, f, 'mediator', { type: 'agenda.setCurrent', itemId: secondId });
    await waitFor(() => states().join() === 'pending,underDiscussion,pending', 'the first back to pending');
    await run(server, f, 'mediator', { type: 'agenda.setState', itemId: secondId, state: 'concluded' });
    await run(server, f, 'mediator', { type: 'agenda.setState', itemId: thirdId, state: 'underDiscussion' });
    await waitFor(() => states().join() === 'pending,concluded,underDiscussion', 'concluded stays concluded');
    expect(readModeration(plenaryRoots(watcher.doc)).currentItemId).toBe(thirdId);
  });

  it('a frozen session refuses every command from delegates, with a message that says so; the mediator carries on', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    expect((await run(server, f, 'delegateA', { type: 'queue.raiseHand' })).status).toBe(200);
    expect((await run(server, f, 'mediator', { type: 'session.freeze', frozen: true })).status).toBe(200);
    const refused = [
      { type: 'clause.comment', clauseId: f.openClause, text: 'A comment' },
      { type: 'clause.signOff', clauseId: f.openClause },
      { type: 'queue.raiseHand', pointOfOrder: true },
      { type: 'queue.lowerHand' },
      { type: 'clause.addOption', clauseId: f.openClause, label: 'Option 2' },
    ];
    for (const body of refused) {
      const answer = await run(server, f, 'delegateB', body);
      expect(answer.status, body.type).toBe(409);
      expect(answer.body.error).toContain('The session is frozen');
      expect(answer.body.error).not.toMatch(INTERNAL);
    }
    expect((await run(server, f, 'delegateA', { type: 'queue.lowerHand' })).status).toBe(409);
    expect((await run(server, f, 'observer', { type: 'queue.raiseHand' })).status).toBe(403);
    expect(
      (await run(server, f, 'mediator', { type: 'clause.comment', clauseId: f.openClause, text: 'Noted' })).status,
    ).toBe(200);
    const already = await run(server, f, 'mediator', { type: 'session.freeze', frozen: true });
    expect(already.body.error).toBe('The session is already frozen.');
  });

  it('refusals name roles and actions in words, never internal values', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const answer = await run(server, f, 'observer', { type: 'clause.reopen', clauseId: f.openClause, reason: 'x' });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toBe('Only mediators may reopen a clause; observers may not.');
  });
});
