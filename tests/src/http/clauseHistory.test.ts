import type { ClauseHistoryAnswer } from '@parley/shared';
import {
  changesAnswerSchema,
  clauseAtAnswerSchema,
  clauseHistoryAnswerSchema,
  clauseRecord,
  plenaryRoots,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SIMULTANEOUS_TYPING_MS } from '../../../server/src/sync/ClauseHistoryRecorder.ts';
import { command, postJson } from '../helpers/api.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

async function getJson(url: string, token?: string) {
  const response = await fetch(url, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as unknown };
}

function clauseLine(doc: Y.Doc, fixture: PreparedSession): Y.XmlText {
  const body = clauseRecord(plenaryRoots(doc), fixture.openClause)?.get('body');
  const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('the open clause has no text');
  return text;
}

async function typist(fixture: PreparedSession, wsUrl: string, token: string) {
  const client = await RawClient.connect(wsUrl, fixture.session.id, token);
  await client.sync();
  forwardLocalUpdates(client);
  return client;
}

describe('clause history: GET …/clauses/:clauseId/history, …/history/at, …/changes', () => {
  it('keeps who changed a clause, when and what (word diff), pages it, and answers the wording at a time', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, openClause } = fixture;
    const base = `${server.url}/api/sessions/${session.id}/clauses/${openClause}/history`;
    const history = async (query = '', token = delegateB.token) => {
      const answer = await getJson(`${base}${query}`, token);
      expect(answer.status).toBe(200);
      return clauseHistoryAnswerSchema.parse(answer.body);
    };

    const a = await typist(fixture, server.wsUrl, delegateA.token);
    const lineA = clauseLine(a.doc, fixture);
    lineA.insert(lineA.length, ' Ruritania');
    lineA.insert(lineA.length, ' writes.');
    // Written within a second of the typing, with nobody asking (a trailing read of the clause).
    await waitForAsync(
      async () =>
        (await server.storage.lastClauseHistory(session.id, openClause))?.participantId === delegateA.participantId,
      'A’s step to be stored',
      3_000,
    );
    expect((await history()).entries).toHaveLength(2);
    // B answers once A has stopped for longer than people typing together pause: B's own entry.
    const aStopped = (await server.storage.lastClauseHistory(session.id, openClause))?.until ?? Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, aStopped + SIMULTANEOUS_TYPING_MS - Date.now())));
    const b = await typist(fixture, server.wsUrl, delegateB.token);
    await waitFor(() => clauseLine(b.doc, fixture).toString().endsWith('writes.'), 'A’s words to reach B');
    const lineB = clauseLine(b.doc, fixture);
    lineB.insert(lineB.length, ' Borduria answers.');
    let page: ClauseHistoryAnswer = { entries: [], next: null };
    await waitForAsync(async () => {
      page = await history();
      return page.entries.length === 3;
    }, 'B’s step in the history');

    const [byB, byA, created] = page.entries;
    expect(byB).toMatchObject({ participantId: delegateB.participantId, name: 'Делегат B', partyId: fixture.partyB });
    expect(byB?.diff.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Borduria answers.']);
    // A's two keystrokes within a minute are one session of typing.
    expect(byA).toMatchObject({
      participantId: delegateA.participantId,
      name: 'Delegate of A',
      partyId: fixture.partyA,
    });
    expect(byA?.diff.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Ruritania writes.']);
    // The mediator wrote the clause (the fixture's first edit): its history begins there.
    expect(created).toMatchObject({ participantId: fixture.mediator.participantId, name: 'The Envoy' });
    expect(created?.diff).toEqual([{ value: 'The Parties shall meet.', added: true }]);
    expect(page.next).toBeNull();

    const first = await history('?limit=1');
    expect(first.entries.map((e) => e.name)).toEqual(['Делегат B']);
    const second = await history(`?limit=1&before=${first.next}`);
    expect(second.entries.map((e) => e.name)).toEqual(['Delegate of A']);

    const at = async (time: number) => {
      const answer = await getJson(`${base}/at?time=${new Date(time).toISOString()}`, delegateA.token);
      expect(answer.status).toBe(200);
      return clauseAtAnswerSchema.parse(answer.body);
    };
    expect((await at(byA?.until ?? 0)).text).toBe('The Parties shall meet. Ruritania writes.');
    expect((await at(Date.now())).text).toBe('The Parties shall meet. Ruritania writes. Borduria answers.');
    expect((await at(created?.until ?? 0)).text).toBe('The Parties shall meet.');
    expect(await at(0)).toMatchObject({ text: null, existed: false });

    expect(
      (await getJson(`${server.url}/api/sessions/${session.id}/clauses/nosuchclause/history`, delegateA.token)).status,
    ).toBe(404);
    expect((await getJson(`${base}?limit=0`, delegateA.token)).status).toBe(400);
    expect((await getJson(`${base}?before=soon`, delegateA.token)).status).toBe(400);
    expect((await getJson(`${base}/at?time=yesterday`, delegateA.token)).status).toBe(400);
    expect((await getJson(base)).status).toBe(401);
    // Observers read it like everyone else; a removed participant no longer can.
    expect((await getJson(base, fixture.observer.token)).status).toBe(200);
    a.close();
    b.close();
    await command(server.url, session.id, fixture.mediator.token, {
      type: 'participant.remove',
      participantId: delegateB.participantId,
    });
    expect((await getJson(base, delegateB.token)).status).toBe(403);
  });

  it('makes one joint entry of two delegates typing alternately in one clause, naming both', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, openClause } = fixture;
    const b = await typist(fixture, server.wsUrl, delegateB.token);
    const a = await typist(fixture, server.wsUrl, delegateA.token);
    const lineA = clauseLine(a.doc, fixture);
    const lineB = clauseLine(b.doc, fixture);
    // Each types a word while the other's last one arrives: keystrokes interleave over a few turns,
    // and over more than one read of the clause (they are read at most once a second).
    const words = [' Ruritania', ' and', ' Borduria', ' shall', ' meet', ' yearly.'];
    for (const [index, word] of words.entries()) {
      const [mine, theirs] = index % 2 === 0 ? [lineA, lineB] : [lineB, lineA];
      const expected = `${theirs.toString()}${word}`;
      for (const letter of word) mine.insert(mine.length, letter);
      await waitFor(() => theirs.toString() === expected, `“${word.trim()}” to reach the other delegate`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }

    let page: ClauseHistoryAnswer = { entries: [], next: null };
    await waitForAsync(async () => {
      const answer = await getJson(
        `${server.url}/api/sessions/${session.id}/clauses/${openClause}/history`,
        fixture.observer.token,
      );
      page = clauseHistoryAnswerSchema.parse(answer.body);
      return page.entries[0]?.diff.some((part) => part.added && part.value.includes('yearly.')) === true;
    }, 'the last word in the history');
    const [joint, created] = page.entries;
    expect(page.entries).toHaveLength(2);
    expect(joint).toMatchObject({
      participantId: delegateA.participantId,
      name: 'Delegate of A',
      partyId: fixture.partyA,
      coAuthors: [{ participantId: delegateB.participantId, name: 'Делегат B', partyId: fixture.partyB }],
    });
    expect(joint?.diff.filter((part) => part.added).map((part) => part.value.trim())).toEqual([
      'Ruritania and Borduria shall meet yearly.',
    ]);
    // The mediator's writing of the clause stays an entry of its own, with no co-authors.
    expect(created).toMatchObject({ participantId: fixture.mediator.participantId });
    expect(created?.coAuthors).toBeUndefined();
    // The clause as it was at the joint entry's end is the whole of what both wrote.
    const at = await getJson(
      `${server.url}/api/sessions/${session.id}/clauses/${openClause}/history/at?time=${new Date(joint?.until ?? 0).toISOString()}`,
      delegateA.token,
    );
    expect(clauseAtAnswerSchema.parse(at.body).text).toBe(
      'The Parties shall meet. Ruritania and Borduria shall meet yearly.',
    );

    // "Changes since" names both authors of the joint entry.
    b.close();
    a.close();
    const changes = await getJson(
      `${server.url}/api/sessions/${session.id}/changes?since=${(created?.until ?? 0) + 1}`,
      fixture.mediator.token,
    );
    expect(changes.status).toBe(200);
    const changed = changesAnswerSchema.parse(changes.body).clauses.find((c) => c.clauseId === openClause);
    expect(changed?.authors.map((author) => author.name)).toEqual(['Delegate of A', 'Делегат B']);
  });

  it('tells a participant what changed since they last had the draft open, and forgets it once seen', async () => {
    const server = await startServer();
    const fixture = await preparedSession(server);
    const { session, delegateA, delegateB, mediator } = fixture;
    const changes = async (token: string) => {
      const answer = await getJson(`${server.url}/api/sessions/${session.id}/changes`, token);
      expect(answer.status).toBe(200);
      return changesAnswerSchema.parse(answer.body);
    };
    // Before a first visit there is nothing to compare with.
    expect(await changes(delegateB.token)).toEqual({ since: null, clauses: [] });

    const b = await typist(fixture, server.wsUrl, delegateB.token);
    b.close();
    await waitForAsync(async () => (await changes(delegateB.token)).since !== null, 'B’s visit to end');
    const { since } = await changes(delegateB.token);

    const a = await typist(fixture, server.wsUrl, delegateA.token);
    const lineA = clauseLine(a.doc, fixture);
    lineA.insert(lineA.length, ' Ruritania writes.');
    await command(server.url, session.id, mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'A new clause.',
    });
    let answer = await changes(delegateB.token);
    await waitForAsync(async () => {
      answer = await changes(delegateB.token);
      return answer.clauses.length === 2;
    }, 'both changes to be listed for B');
    expect(answer.since).toBe(since);
    const [changed, added] = answer.clauses;
    expect(changed).toMatchObject({ clauseId: fixture.openClause, change: 'changed' });
    expect(changed?.authors.map((author) => author.name)).toEqual(['Delegate of A']);
    expect(changed?.diff.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['Ruritania writes.']);
    // A command's change is attributed to whoever ran it.
    expect(added).toMatchObject({
      change: 'added',
      authors: [{ name: 'The Envoy', participantId: mediator.participantId }],
    });

    const seen = await postJson(
      `${server.url}/api/sessions/${session.id}/changes/seen`,
      {},
      { authorization: `Bearer ${delegateB.token}` },
    );
    expect(seen.status).toBe(200);
    expect((await changes(delegateB.token)).clauses).toEqual([]);
    a.close();
  });
});
