import type { ClauseId } from '@parley/shared';
import {
  auditPageSchema,
  BRACKET_MARK,
  clauseRecord,
  MEDIATOR_HOLDER,
  noticesSchema,
  openBracketsOf,
  plenaryRoots,
  readClause,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { command, sessionWithPeople } from '../helpers/api.ts';
import { importMarkdown } from '../helpers/importDraft.ts';
import { noticeInEnglish } from '../helpers/noticeEnglish.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor } from '../helpers/waitFor.ts';

const clauseIn = (doc: Y.Doc, id: string) => {
  const record = clauseRecord(plenaryRoots(doc), id as ClauseId);
  return record ? readClause(record) : null;
};
const bracketsIn = (doc: Y.Doc, id: string) => {
  const clause = clauseIn(doc, id);
  return clause
    ? openBracketsOf(clause).map(({ holder, reason, note, words }) => ({ holder, reason, note, words }))
    : [];
};

/** A session with a zero draft imported: clause 1 holds two brackets (the mediator's), clause 2 none. */
async function importedSession() {
  const server = await startServer();
  const people = await sessionWithPeople(server.url);
  const [bracketed = '', plain = ''] = await importMarkdown(
    server.url,
    people.session.id,
    people.mediator.token,
    '1. Deploy [9,000 troops] and [three ships].\n2. The Parties shall meet.\n',
  );
  const watcher = await connectProvider(server.wsUrl, people.session.id, { token: people.observer.token });
  await waitFor(() => bracketsIn(watcher.doc, bracketed).length === 2, 'the imported brackets');
  const send = (token: string, body: Record<string, unknown>) =>
    command(server.url, people.session.id, token, { type: 'bracket.reassign', ...body });
  return { server, ...people, bracketed, plain, watcher, send };
}

describe('bracket.reassign: the mediator gives a clause’s brackets to a party', () => {
  it('gives every bracket of the holder in the clause; the words and reason stay, the import note goes; recorded and told', async () => {
    const s = await importedSession();
    expect(bracketsIn(s.watcher.doc, s.bracketed).map((b) => b.holder)).toEqual([MEDIATOR_HOLDER, MEDIATOR_HOLDER]);

    const given = await s.send(s.mediator.token, { clauseId: s.bracketed, from: MEDIATOR_HOLDER, to: s.partyA });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    await waitFor(() => bracketsIn(s.watcher.doc, s.bracketed)[0]?.holder === s.partyA, 'the new holder to sync');
    expect(bracketsIn(s.watcher.doc, s.bracketed)).toEqual([
      { holder: s.partyA, reason: 'other', note: null, words: '9,000 troops' },
      { holder: s.partyA, reason: 'other', note: null, words: 'three ships' },
    ]);
    // Status follows content: still bracketed.
    expect(clauseIn(s.watcher.doc, s.bracketed)?.status).toBe('bracketed');

    // Once more, from the party to the other, with a note.
    const again = await s.send(s.mediator.token, {
      clauseId: s.bracketed,
      from: s.partyA,
      to: s.partyB,
      note: 'B’s figure',
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    await waitFor(() => bracketsIn(s.watcher.doc, s.bracketed)[0]?.holder === s.partyB, 'the second holder to sync');
    expect(bracketsIn(s.watcher.doc, s.bracketed).map((b) => b.note)).toEqual(['B’s figure', 'B’s figure']);

    const audit = await fetch(`${s.server.url}/api/sessions/${s.session.id}/audit`, {
      headers: { authorization: `Bearer ${s.mediator.token}` },
    });
    const summaries = auditPageSchema
      .parse(await audit.json())
      .entries.filter((entry) => entry.action === 'bracket.reassign')
      .map((entry) => entry.summary);
    expect(summaries).toContain(
      "The Envoy (mediator) gave the 2 brackets around '9,000 troops … three ships' held by the mediator in clause 1 to Ruritania.",
    );
    expect(summaries).toContain(
      "The Envoy (mediator) gave the 2 brackets around '9,000 troops … three ships' held by Ruritania in clause 1 to Граница.",
    );

    const notices = await fetch(`${s.server.url}/api/sessions/${s.session.id}/notices`, {
      headers: { authorization: `Bearer ${s.delegateB.token}` },
    });
    const told = noticesSchema.parse(await notices.json()).notices;
    expect(told.map((notice) => notice.kind)).toContain('bracketGiven');
    // The room words the same sentence from the notice's facts.
    for (const notice of told) expect(noticeInEnglish(notice)).toBe(notice.summary);
  });

  it('the new holder’s delegates may then change and lift the words; the other party’s still may not', async () => {
    const s = await importedSession();
    expect(
      (await s.send(s.mediator.token, { clauseId: s.bracketed, from: MEDIATOR_HOLDER, to: s.partyA })).status,
    ).toBe(200);
    const asA = await connectProvider(s.server.wsUrl, s.session.id, { token: s.delegateA.token });
    await waitFor(() => bracketsIn(asA.doc, s.bracketed)[0]?.holder === s.partyA, 'A to see the bracket as its own');
    const textOf = (doc: Y.Doc) => {
      const line = clauseIn(doc, s.bracketed)?.body.get(0);
      const run = line instanceof Y.XmlElement ? line.get(0) : null;
      if (!(run instanceof Y.XmlText)) throw new Error('no text');
      return run;
    };
    // B's lifting of A's bracket is refused: the connection closes with 4403 and nothing lands.
    const asB = await connectProvider(s.server.wsUrl, s.session.id, { token: s.delegateB.token });
    await waitFor(() => bracketsIn(asB.doc, s.bracketed).length === 2, 'B to see the brackets');
    textOf(asB.doc).format(0, textOf(asB.doc).length, { [BRACKET_MARK]: null });
    await waitFor(() => asB.closes.some((close) => close.code === 4403), 'B’s edit to be refused');
    asB.provider.destroy();
    expect(bracketsIn(s.watcher.doc, s.bracketed)).toHaveLength(2);

    const text = () => textOf(asA.doc);
    text().format(0, text().length, { [BRACKET_MARK]: null });
    await waitFor(() => bracketsIn(s.watcher.doc, s.bracketed).length === 0, 'A’s lifting to reach everyone');
    expect(asA.closes).toEqual([]);
  });

  it('only the mediator may; bad input is 400, unknown things 404, a clause without such a bracket or agreed 409', async () => {
    const s = await importedSession();
    const good = { clauseId: s.bracketed, from: MEDIATOR_HOLDER, to: s.partyA };
    for (const token of [s.delegateA.token, s.delegateB.token, s.observer.token]) {
      expect((await s.send(token, good)).status).toBe(403);
    }
    // While the mediator holds it, a sign-off is refused naming the holder as such.
    const signed = await command(s.server.url, s.session.id, s.delegateA.token, {
      type: 'clause.signOff',
      clauseId: s.bracketed,
    });
    expect(signed.status).toBe(409);
    expect(signed.body.error).toContain('“9,000 troops” held by the mediator');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...good, to: MEDIATOR_HOLDER }, 400, 'to'],
      [{ ...good, from: '@chair' }, 400, 'from'],
      [{ ...good, note: 'x'.repeat(301) }, 400, 'note'],
      [{ ...good, from: s.partyB }, 409, 'no bracket held by Граница'],
      [{ ...good, to: 'pnobody' }, 404, 'no such party'],
      [{ ...good, clauseId: 'cnothing' }, 404, 'no such clause'],
      [{ ...good, from: s.partyA, to: s.partyA }, 400, 'already held by Ruritania'],
      [{ ...good, clauseId: s.plain }, 409, 'no bracket held by the mediator'],
    ];
    for (const [body, status, says] of cases) {
      const answer = await s.send(s.mediator.token, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body.error).toContain(says);
    }
    expect(
      (
        await command(s.server.url, s.session.id, s.mediator.token, {
          type: 'clause.agreeWithoutObjection',
          clauseId: s.plain,
        })
      ).status,
    ).toBe(200);
    const agreed = await s.send(s.mediator.token, { ...good, clauseId: s.plain });
    expect(agreed.status).toBe(409);
    expect(agreed.body.error).toContain('agreed');
    // Nothing of the refused ones changed the document.
    expect(bracketsIn(s.watcher.doc, s.bracketed).map((b) => b.holder)).toEqual([MEDIATOR_HOLDER, MEDIATOR_HOLDER]);
  });
});
