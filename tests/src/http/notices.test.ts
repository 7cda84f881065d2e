import type { Storage } from '@parley/server';
import { SqliteStorage } from '@parley/server';
import type { NoticeKind, ParticipantId, SessionId } from '@parley/shared';
import { noticeKindSchema, noticesSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, postJson, sessionWithPeople } from '../helpers/api.ts';
import { startServer } from '../helpers/startServer.ts';

async function notices(baseUrl: string, sessionId: string, token: string) {
  const response = await fetch(`${baseUrl}/api/sessions/${sessionId}/notices`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return noticesSchema.parse(await response.json());
}

describe('notices: GET /api/sessions/:id/notices and POST …/notices/read', () => {
  it('a delegate is told what concerns them, in words, until they mark it read; others are not', async () => {
    const server = await startServer();
    const { session, mediator, delegateA, delegateB } = await sessionWithPeople(server.url);
    await command(server.url, session.id, mediator.token, {
      type: 'participant.mute',
      participantId: delegateA.participantId,
    });
    await command(server.url, session.id, mediator.token, { type: 'session.freeze', frozen: true });

    const forA = await notices(server.url, session.id, delegateA.token);
    expect(forA.notices.map((n) => [n.kind, n.summary])).toEqual([
      ['muted', 'The Envoy (mediator) muted Delegate of A (Ruritania).'],
      ['freeze', 'The Envoy (mediator) froze the text.'],
    ]);
    const forB = await notices(server.url, session.id, delegateB.token);
    expect(forB.notices.map((n) => n.kind)).toEqual(['freeze']);
    // The mediator's own acts are not news to them.
    expect((await notices(server.url, session.id, mediator.token)).notices).toEqual([]);

    const first = forA.notices[0]?.id ?? 0;
    const read = await postJson(
      `${server.url}/api/sessions/${session.id}/notices/read`,
      { upTo: first },
      { authorization: `Bearer ${delegateA.token}` },
    );
    expect(read).toEqual({ status: 200, body: { readUpTo: first } });
    const after = await notices(server.url, session.id, delegateA.token);
    expect(after.notices.map((n) => n.kind)).toEqual(['freeze']);
    expect(after.readUpTo).toBe(first);

    const bad = await postJson(
      `${server.url}/api/sessions/${session.id}/notices/read`,
      { upTo: 'all' },
      { authorization: `Bearer ${delegateA.token}` },
    );
    expect(bad.status).toBe(400);
  });

  it('every notice carries its facts as data, for every kind, beside its English summary', async () => {
    let storage: Storage | null = null;
    const server = await startServer({}, (dataDir) => {
      storage = new SqliteStorage(dataDir);
      return storage;
    });
    const { session, mediator, delegateA, delegateB, partyA, partyB } = await sessionWithPeople(server.url);
    const added = await command(server.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'The Parties shall meet monthly.',
    });
    const clauseId = (added.body as { clauseId?: string }).clauseId;
    expect(clauseId).toBeTruthy();
    const a = delegateA.participantId;
    for (const body of [
      { type: 'participant.mute', participantId: a },
      { type: 'participant.unmute', participantId: a },
      { type: 'floor.give', participantId: a },
      { type: 'session.oneText', enabled: true },
      { type: 'session.freeze', frozen: true },
    ]) {
      expect((await command(server.url, session.id, mediator.token, body)).status).toBe(200);
    }
    // What needs a document history to happen (lapsed sign-offs, brackets, suggestions, tabling) is
    // written to the record as the commands and the update gate write it.
    const record = (
      participantId: string | null,
      role: 'mediator' | 'delegate' | 'server',
      action: string,
      detail: Record<string, unknown>,
    ) =>
      storage?.appendAudit({
        sessionId: session.id as SessionId,
        at: Date.now(),
        participantId: participantId as ParticipantId | null,
        role,
        action,
        detail,
        outcome: 'ok',
      });
    const mediatorId = mediator.participantId;
    await record(null, 'server', 'clause.signOffsCleared', {
      clauseId,
      parties: [partyA],
      changedBy: 'Делегат B',
      reason: 'the Russian text was changed by Делегат B',
    });
    await record(mediatorId, 'mediator', 'clause.reopen', { clauseId, reason: 'to settle the dates' });
    await record(delegateB.participantId, 'delegate', 'bracket.lifted', {
      clauseId,
      holder: partyA,
      reason: 'substance',
      words: 'monthly',
    });
    await record(mediatorId, 'mediator', 'bracket.reassign', { clauseId, from: partyB, to: partyA, words: 'monthly' });
    await record(null, 'server', 'floor.timeUp', { participantId: a });
    const settled = { clauseId, authors: [a], suggestionIds: ['s1', 's2'] };
    await record(mediatorId, 'mediator', 'suggestion.accept', settled);
    await record(mediatorId, 'mediator', 'suggestion.reject', settled);
    await record(a, 'delegate', 'draft.table', {
      origin: { kind: 'caucus', name: 'Ruritania' },
      as: 'proposal',
      clauseId,
    });

    await record(mediatorId, 'mediator', 'adoption.propose', {});
    await record(mediatorId, 'mediator', 'silence.start', { until: Date.now() + 60_000, clauses: null });
    const forA = (await notices(server.url, session.id, delegateA.token)).notices;
    const forMediator = (await notices(server.url, session.id, mediator.token)).notices;
    const all = [...forA, ...forMediator];
    const kinds = new Set<NoticeKind>(all.map((n) => n.kind));
    expect([...kinds].sort()).toEqual([...noticeKindSchema.options].sort());
    for (const notice of all) {
      // Every notice has its facts, of its own kind, and keeps its English sentence.
      expect(notice.facts?.kind, notice.summary).toBe(notice.kind);
      expect(notice.summary).toMatch(/\.$/);
    }
    const factsOf = (kind: NoticeKind) => all.find((n) => n.kind === kind)?.facts;
    expect(factsOf('signOffsCleared')).toEqual({
      kind: 'signOffsCleared',
      by: null,
      clause: '1',
      parties: ['Ruritania'],
      changedBy: 'Делегат B',
      language: 'ru',
    });
    expect(factsOf('muted')).toEqual({
      kind: 'muted',
      by: { name: 'The Envoy', role: 'mediator', party: null },
      participant: { name: 'Delegate of A', role: 'delegate', party: 'Ruritania' },
    });
    expect(factsOf('clauseReopened')).toMatchObject({ clause: '1', reason: 'to settle the dates' });
    expect(factsOf('bracketGiven')).toMatchObject({
      count: 1,
      from: { kind: 'party', name: 'Граница' },
      to: 'Ruritania',
    });
    expect(factsOf('suggestionRejected')).toMatchObject({ count: 2, suggestions: [] });
    expect(factsOf('textTabled')).toMatchObject({ origin: { kind: 'caucus', name: 'Ruritania' }, as: 'proposal' });
    expect(factsOf('oneText')).toMatchObject({ enabled: true });
    expect(factsOf('freeze')).toMatchObject({ frozen: true });
  });
});
