import type { ClauseComment, ClauseId } from '@parley/shared';
import { clauseComments, clauseRecord, fragmentPlainText, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { connectProvider } from '../helpers/providerClient.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { preparedSession } from '../security/sessionFixture.ts';
import { clause, run } from './sessionCommands.ts';

const commentsOf = (doc: Y.Doc, id: string): ClauseComment[] => {
  const record = clauseRecord(plenaryRoots(doc), id as ClauseId);
  return record ? clauseComments(record).toArray() : [];
};
const plain = (fragment: Y.XmlFragment | undefined) => (fragment ? fragmentPlainText(fragment) : '');

async function propose(server: TestServer, f: PreparedSession, clauseId: string, text: string): Promise<string> {
  const answer = await run(server, f, 'delegateA', { type: 'clause.comment', clauseId, text, proposal: true });
  expect(answer.status).toBe(200);
  return (answer.body as { commentId: string }).commentId;
}

async function recordOf(server: TestServer, f: PreparedSession) {
  const answer = await fetch(`${server.url}/api/sessions/${f.session.id}/audit?limit=50`, {
    headers: { authorization: `Bearer ${f.mediator.token}` },
  });
  return (
    (await answer.json()) as {
      entries: { action: string; outcome: string; summary: string; detail?: Record<string, unknown> }[];
    }
  ).entries;
}

describe('clause.decideProposal with apply: an incorporated proposal puts its wording in, in one step', () => {
  it('asText replaces the clause’s text; the proposal is incorporated and the record names its author', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const commentId = await propose(server, f, f.openClause, 'The Parties shall meet in good faith.\nEvery month.');
    const answer = await run(server, f, 'mediator', {
      type: 'clause.decideProposal',
      clauseId: f.openClause,
      commentId,
      disposition: 'incorporated',
      apply: 'asText',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    await waitFor(
      () => plain(clause(watcher.doc, f.openClause)?.body) === 'The Parties shall meet in good faith.\nEvery month.',
      'the proposal as the text',
    );
    expect(commentsOf(watcher.doc, f.openClause)[0]).toMatchObject({
      disposition: 'incorporated',
      by: f.delegateA.participantId,
      byName: 'Delegate of A',
    });
    const entries = await recordOf(server, f);
    expect(
      entries.some((e) =>
        /^The Envoy \(mediator\) incorporated Delegate of A’s textual proposal as the text of clause 1\.$/.test(
          e.summary,
        ),
      ),
    ).toBe(true);
  });

  it('asOption adds an option named after its author and party, beside the unchanged text', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const commentId = await propose(server, f, f.openClause, 'The Parties may meet.');
    const answer = await run(server, f, 'mediator', {
      type: 'clause.decideProposal',
      clauseId: f.openClause,
      commentId,
      disposition: 'incorporated',
      apply: 'asOption',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const optionId = (answer.body as { optionId?: string }).optionId;
    expect(optionId).toBeTruthy();
    await waitFor(() => clause(watcher.doc, f.openClause)?.options.length === 1, 'the new option');
    const option = clause(watcher.doc, f.openClause)?.options[0];
    expect(option?.id).toBe(optionId);
    expect(option?.label).toBe('Proposed by Delegate of A (Ruritania)');
    expect(plain(option?.body)).toBe('The Parties may meet.');
    expect(plain(clause(watcher.doc, f.openClause)?.body)).toBe('The Parties shall meet.');
    const entries = await recordOf(server, f);
    expect(
      entries.some((e) => e.summary.includes('incorporated Delegate of A’s textual proposal as a new option')),
    ).toBe(true);
  });

  it('refused (409) on an agreed clause, and nothing changes: the proposal stays open', async () => {
    const server = await startServer();
    const f = await preparedSession(server, { bracketedAndAgreed: true });
    const agreed = f.agreedClause ?? '';
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const commentId = await propose(server, f, agreed, 'Other words.');
    for (const apply of ['asText', 'asOption']) {
      const answer = await run(server, f, 'mediator', {
        type: 'clause.decideProposal',
        clauseId: agreed,
        commentId,
        disposition: 'incorporated',
        apply,
      });
      expect(answer.status, apply).toBe(409);
      expect(answer.body.error).toMatch(/agreed/i);
    }
    await waitFor(() => commentsOf(watcher.doc, agreed).length === 1, 'the proposal');
    expect(commentsOf(watcher.doc, agreed)[0]?.disposition).toBe('open');
    expect(plain(clause(watcher.doc, agreed)?.body)).toBe('Words both parties accepted.');
    expect(clause(watcher.doc, agreed)?.options.length).toBe(0);
    // "Not retained" with a wording to apply makes no sense: a bad request.
    const invalid = await run(server, f, 'mediator', {
      type: 'clause.decideProposal',
      clauseId: agreed,
      commentId,
      disposition: 'notRetained',
      apply: 'asText',
    });
    expect(invalid.status).toBe(400);
  });
});
