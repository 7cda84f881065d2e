import type { ClauseId } from '@parley/shared';
import { auditPageSchema, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { firstLine, pendingIds, suggestInsertion } from '../helpers/suggestions.ts';
import { waitFor } from '../helpers/waitFor.ts';
import { forwardLocalUpdates } from '../security/sessionFixture.ts';

/**
 * Suggestions and the clause's life (issue 14): words still under proposal cannot be agreed, signed
 * or exported as the clean text; the accept and reject commands refuse what does not fit.
 */
async function sessionWithSuggestion() {
  const server = await startServer();
  const people = await sessionWithPeople(server.url);
  const mediator = await RawClient.connect(server.wsUrl, people.session.id, people.mediator.token);
  await mediator.sync();
  forwardLocalUpdates(mediator);
  const clauseId = insertClause(plenaryRoots(mediator.doc), { kind: 'operative', text: 'The Parties shall meet.' });
  const reader = await RawClient.connect(server.wsUrl, people.session.id, people.observer.token);
  await reader.sync();
  await waitFor(() => {
    try {
      return firstLine(reader.doc, clauseId).toString() === 'The Parties shall meet.';
    } catch {
      return false;
    }
  }, 'the clause to reach everyone');
  const as = (token: string) => (body: Record<string, unknown>) => command(server.url, people.session.id, token, body);
  const byMediator = as(people.mediator.token);
  expect((await byMediator({ type: 'session.editMode', mode: 'suggest' })).status).toBe(200);
  const suggestionId = await suggestInsertion(
    server.wsUrl,
    people.session.id,
    people.delegateB,
    clauseId as ClauseId,
    17,
    ' annually',
  );
  return {
    server,
    people,
    clauseId,
    suggestionId,
    reader,
    mediator,
    byMediator,
    byDelegateA: as(people.delegateA.token),
    byDelegateB: as(people.delegateB.token),
  };
}

describe('pending suggestions hold a clause back', () => {
  it('no agreement, no sign-off and no clean export while a suggestion is pending; then all three', async () => {
    const s = await sessionWithSuggestion();
    const agree = await s.byMediator({ type: 'clause.agreeWithoutObjection', clauseId: s.clauseId });
    expect(agree.status).toBe(409);
    expect(agree.body.error).toContain('a pending suggestion by Граница');
    const sign = await s.byDelegateA({ type: 'clause.signOff', clauseId: s.clauseId });
    expect(sign.status).toBe(409);
    expect(sign.body.error).toContain('pending suggestion');
    const exportUrl = `${s.server.url}/api/sessions/${s.people.session.id}/export?format=md&clean=1`;
    const headers = { authorization: `Bearer ${s.people.mediator.token}` };
    const clean = await fetch(exportUrl, { headers });
    expect(clean.status).toBe(409);
    expect(((await clean.json()) as { error: string }).error).toContain('clause 1 has a pending suggestion by Граница');

    expect(
      (await s.byMediator({ type: 'suggestion.accept', clauseId: s.clauseId, partyId: s.people.partyB })).status,
    ).toBe(200);
    await waitFor(() => pendingIds(s.reader.doc, s.clauseId).length === 0, 'the suggestion to be settled');
    expect(firstLine(s.reader.doc, s.clauseId).toString()).toBe('The Parties shall annually meet.');
    const agreed = await s.byMediator({ type: 'clause.agreeWithoutObjection', clauseId: s.clauseId });
    expect(agreed.status, JSON.stringify(agreed.body)).toBe(200);
    expect((await fetch(exportUrl, { headers })).status).toBe(200);
  });

  it('accept and reject refuse an agreed clause, an unknown party or clause, and nothing to settle', async () => {
    const s = await sessionWithSuggestion();
    const unknownClause = await s.byMediator({ type: 'suggestion.reject', clauseId: 'cnothere1' });
    expect(unknownClause.status).toBe(404);
    const unknownParty = await s.byMediator({ type: 'suggestion.reject', clauseId: s.clauseId, partyId: 'pnothere1' });
    expect(unknownParty.status).toBe(404);
    const nothingOfA = await s.byMediator({
      type: 'suggestion.reject',
      clauseId: s.clauseId,
      partyId: s.people.partyA,
    });
    expect(nothingOfA.status).toBe(409);
    expect(nothingOfA.body.error).toContain('no pending suggestion by');
    const byDelegate = await s.byDelegateA({ type: 'suggestion.accept', clauseId: s.clauseId });
    expect(byDelegate.status).toBe(403);

    // Rejected: the words go; the record says which, by whom.
    expect(
      (await s.byMediator({ type: 'suggestion.reject', clauseId: s.clauseId, suggestionIds: [s.suggestionId] })).status,
    ).toBe(200);
    await waitFor(() => pendingIds(s.reader.doc, s.clauseId).length === 0, 'the suggestion to be settled');
    expect(firstLine(s.reader.doc, s.clauseId).toString()).toBe('The Parties shall meet.');
    expect((await s.byMediator({ type: 'clause.agreeWithoutObjection', clauseId: s.clauseId })).status).toBe(200);
    const onAgreed = await s.byMediator({ type: 'suggestion.accept', clauseId: s.clauseId });
    expect(onAgreed.status).toBe(409);
    expect(onAgreed.body.error).toContain('read-only');

    const audit = await fetch(`${s.server.url}/api/sessions/${s.people.session.id}/audit?limit=500`, {
      headers: { authorization: `Bearer ${s.people.mediator.token}` },
    });
    const summaries = auditPageSchema
      .parse(await audit.json())
      .entries.map((entry) => entry.summary)
      .join('\n');
    expect(summaries).toContain('The Envoy (mediator) asked delegates to suggest their changes');
    expect(summaries).toContain("rejected the insertion of 'annually' by Делегат B (Граница) in clause 1");
  });

  it('a party settles the suggestions inside its own brackets, only while the session allows it', async () => {
    const s = await sessionWithSuggestion();
    const line = () => firstLine(s.mediator.doc, s.clauseId);
    // The words without their marks (an XmlText's toString writes its marks as tags).
    const words = (text: { toDelta: () => unknown }) =>
      (text.toDelta() as { insert: string }[]).map((op) => op.insert).join('');
    await waitFor(() => words(line()) === 'The Parties shall annually meet.', 'the suggestion at the mediator');
    // The mediator brackets "shall annually meet" for party A: B's suggestion now lies in A's bracket.
    line().format(12, 'shall annually meet'.length, { bracket: { holder: s.people.partyA, reason: 'substance' } });
    await waitFor(
      () =>
        firstLine(s.reader.doc, s.clauseId)
          .toDelta()
          .some((op: { attributes?: object }) => 'bracket' in (op.attributes ?? {})),
      'the bracket to reach everyone',
    );
    const accept = { type: 'suggestion.accept', clauseId: s.clauseId, suggestionIds: [s.suggestionId] };

    const notYet = await s.byDelegateA(accept);
    expect(notYet.status).toBe(403);
    expect(notYet.body.error).toContain('only the mediator settles suggestions in this session');

    expect((await s.byMediator({ type: 'session.holdersMaySettleSuggestions', allowed: true })).status).toBe(200);
    const notTheirs = await s.byDelegateB(accept);
    expect(notTheirs.status).toBe(403);
    expect(notTheirs.body.error).toContain('does not lie inside your party’s brackets');
    expect(pendingIds(s.reader.doc, s.clauseId)).toEqual([s.suggestionId]);

    const byHolder = await s.byDelegateA(accept);
    expect(byHolder.status, JSON.stringify(byHolder.body)).toBe(200);
    await waitFor(() => pendingIds(s.reader.doc, s.clauseId).length === 0, 'the suggestion to be settled');
    expect(words(firstLine(s.reader.doc, s.clauseId))).toBe('The Parties shall annually meet.');
  });
});
