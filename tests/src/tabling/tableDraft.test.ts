import type { TextOrigin } from '@parley/shared';
import {
  addRoomDraft,
  appendParagraph,
  clauseComments,
  clauseRecord,
  fragmentPlainText,
  noticesSchema,
  plenaryRoots,
  readClausesInOrder,
  readRoomDraft,
  readTablings,
  richTextToJson,
  roomDrafts,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { noticeInEnglish } from '../helpers/noticeEnglish.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { writeDraft } from '../helpers/roomDraft.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';
import { clause, run } from '../moderation/sessionCommands.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';

/** A prepared session with the working group "Verification" (delegate A and the observer) and a draft in its room. */
async function withWorkingGroup(server: TestServer, options: { bracketedAndAgreed?: boolean } = {}) {
  const f = await preparedSession(server, options);
  const opened = await run(server, f, 'mediator', {
    type: 'breakout.open',
    label: 'Verification',
    participantIds: [f.delegateA.participantId, f.observer.participantId],
  });
  const breakoutId = (opened.body as { breakoutId: string }).breakoutId;
  const groupRoom = `${f.session.id}/group/${breakoutId}`;
  const draftId = await writeDraft(server, groupRoom, f.delegateA.token, {
    heading: 'Inspections',
    text: 'Inspectors visit every month.',
  });
  return { f, breakoutId, groupRoom, draftId };
}

const caucusOf = (f: PreparedSession, party: 'A' | 'B') =>
  `${f.session.id}/caucus/${party === 'A' ? f.partyA : f.partyB}`;

async function plenaryOf(server: TestServer, f: PreparedSession) {
  return (await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token })).doc;
}

describe('draft.table: what a working group or a caucus drafted goes to the plenary with its origin', () => {
  it('the mediator tables a working group’s draft as a new clause and as an option; the room records both', async () => {
    const server = await startServer();
    const { f, breakoutId, groupRoom, draftId } = await withWorkingGroup(server);
    const plenary = await plenaryOf(server, f);

    const asClause = await run(server, f, 'mediator', {
      type: 'draft.table',
      room: groupRoom,
      draftId,
      as: 'clause',
      kind: 'operative',
    });
    expect(asClause.status, JSON.stringify(asClause.body)).toBe(200);
    const clauseId = (asClause.body as { clauseId: string }).clauseId;
    const origin: TextOrigin = { kind: 'workingGroup', name: 'Verification', breakoutId };
    await waitFor(() => clause(plenary, clauseId) !== null, 'the tabled clause in the plenary');
    const tabled = clause(plenary, clauseId);
    expect(tabled?.origin).toEqual(origin);
    expect(tabled?.status).toBe('proposed');
    expect(tabled?.kind).toBe('operative');
    expect(tabled?.heading.toString()).toBe('Inspections');
    expect(fragmentPlainText(tabled?.body ?? never())).toBe('Inspectors visit every month.');

    const asOption = await run(server, f, 'mediator', {
      type: 'draft.table',
      room: groupRoom,
      draftId,
      as: 'option',
      clauseId: f.openClause,
    });
    expect(asOption.status, JSON.stringify(asOption.body)).toBe(200);
    const optionId = (asOption.body as { optionId: string }).optionId;
    await waitFor(() => (clause(plenary, f.openClause)?.options.length ?? 0) > 0, 'the option in the plenary');
    const option = clause(plenary, f.openClause)?.options.find((o) => o.id === optionId);
    expect(option?.origin).toEqual(origin);
    expect(fragmentPlainText(option?.body ?? never())).toBe('Inspectors visit every month.');

    const room = await RawClient.connect(server.wsUrl, groupRoom, f.mediator.token);
    await room.sync();
    const tablings = readTablings(room.doc, draftId);
    expect(tablings.map((t) => [t.as, t.clauseId, t.byName])).toEqual([
      ['clause', clauseId, 'The Envoy'],
      ['option', f.openClause, 'The Envoy'],
    ]);
    room.close();
  });

  it('a tabled option keeps its origin when "Keep this option" is undone', async () => {
    const server = await startServer();
    const { f, groupRoom, draftId } = await withWorkingGroup(server);
    const tabled = await run(server, f, 'mediator', {
      type: 'draft.table',
      room: groupRoom,
      draftId,
      as: 'option',
      clauseId: f.openClause,
    });
    const optionId = (tabled.body as { optionId: string }).optionId;
    const other = await run(server, f, 'mediator', {
      type: 'clause.addOption',
      clauseId: f.openClause,
      label: 'Option 2',
    });
    const otherId = (other.body as { optionId: string }).optionId;
    const kept = await run(server, f, 'mediator', {
      type: 'clause.collapseOptions',
      clauseId: f.openClause,
      optionId: otherId,
    });
    expect(kept.status, JSON.stringify(kept.body)).toBe(200);
    expect((await run(server, f, 'mediator', { type: 'clause.restoreOptions', clauseId: f.openClause })).status).toBe(
      200,
    );
    const plenary = await plenaryOf(server, f);
    const restored = clause(plenary, f.openClause)?.options.find((o) => o.id === optionId);
    expect(restored?.origin).toMatchObject({ kind: 'workingGroup', name: 'Verification' });
  });

  it('rich text is copied as written: marks survive the trip', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const room = caucusOf(f, 'A');
    const client = await RawClient.connect(server.wsUrl, room, f.delegateA.token);
    await client.sync();
    forwardLocalUpdates(client);
    let draftId = '';
    client.doc.transact(() => {
      draftId = addRoomDraft(client.doc);
      const draft = readRoomDraft(roomDrafts(client.doc).get(draftId));
      const paragraph = draft ? appendParagraph(draft.body, 'Bold start, plain end.') : null;
      const text = paragraph?.get(0);
      if (text instanceof Y.XmlText) text.format(0, 10, { bold: true });
    });
    await waitForAsync(async () => (await server.storage.countUpdates(room)) > 1, 'the draft to be stored');
    const answer = await run(server, f, 'delegateA', {
      type: 'draft.table',
      room,
      draftId,
      as: 'clause',
      kind: 'preamble',
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const plenary = await plenaryOf(server, f);
    const tabled = clause(plenary, (answer.body as { clauseId: string }).clauseId);
    expect(tabled?.kind).toBe('preamble');
    expect(tabled?.origin?.kind).toBe('caucus');
    expect(JSON.stringify(richTextToJson(tabled?.body ?? never()))).toContain('"bold":true');
    client.close();
  });

  it('a delegation tables a caucus draft as its textual proposal on a clause; the plenary learns nothing else', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const room = caucusOf(f, 'A');
    const draftId = await writeDraft(server, room, f.delegateA.token, { text: 'The Parties shall meet monthly.' });
    const secret = await writeDraft(server, room, f.delegateA.token, { text: 'Our fallback: quarterly.' });
    const plenary = await plenaryOf(server, f);
    const answer = await run(server, f, 'delegateA', {
      type: 'draft.table',
      room,
      draftId,
      as: 'proposal',
      clauseId: f.openClause,
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const comments = () => {
      const record = clauseRecord(plenaryRoots(plenary), f.openClause);
      return record ? clauseComments(record).toArray() : [];
    };
    await waitFor(() => comments().length === 1, 'the proposal in the plenary');
    expect(comments()[0]).toMatchObject({
      kind: 'proposal',
      partyId: f.partyA,
      by: f.delegateA.participantId,
      text: 'The Parties shall meet monthly.',
      disposition: 'open',
      origin: { kind: 'caucus', partyId: f.partyA },
    });
    // The mediator is told what entered the plenary, in words.
    const notices = await fetch(`${server.url}/api/sessions/${f.session.id}/notices`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    const told = noticesSchema.parse(await notices.json()).notices;
    for (const notice of told) expect(noticeInEnglish(notice)).toBe(notice.summary);
    expect(told.filter((n) => n.kind === 'textTabled').map((n) => n.summary)).toEqual([
      'Delegate of A (Ruritania) tabled a draft from the caucus of Ruritania as a textual proposal on clause 1.',
    ]);
    // Caucus privacy: the untabled draft never reaches the plenary.
    expect(JSON.stringify(plenary.toJSON())).not.toContain('quarterly');
    expect(secret).not.toBe(draftId);
  });
});

describe('draft.table: who may table from which room', () => {
  it('working group members table only when the mediator allowed it; non-members and observers never', async () => {
    const server = await startServer();
    const { f, groupRoom, draftId } = await withWorkingGroup(server);
    const table = { type: 'draft.table', room: groupRoom, draftId, as: 'clause', kind: 'operative' };

    const notYet = await run(server, f, 'delegateA', table);
    expect(notYet.status).toBe(403);
    expect(notYet.body.error).toContain('has not let working groups table');

    expect((await run(server, f, 'mediator', { type: 'session.workingGroupsMayTable', allowed: true })).status).toBe(
      200,
    );
    const member = await run(server, f, 'delegateA', table);
    expect(member.status, JSON.stringify(member.body)).toBe(200);

    const nonMember = await run(server, f, 'delegateB', table);
    expect(nonMember.status).toBe(403);
    expect(nonMember.body.error).toContain('Only the members of Verification');

    const observer = await run(server, f, 'observer', table);
    expect(observer.status).toBe(403);
    expect(observer.body.error).toBeTruthy();

    // A working group is no party: it tables clauses and options, not a party's textual proposal.
    const proposal = await run(server, f, 'mediator', { ...table, as: 'proposal', clauseId: f.openClause });
    expect(proposal.status).toBe(400);
    expect(proposal.body.error).toContain('as:');
  });

  it('a delegation tables from its own caucus only; the mediator from any', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const room = caucusOf(f, 'A');
    const draftId = await writeDraft(server, room, f.delegateA.token, { text: 'Words of A.' });
    const table = { type: 'draft.table', room, draftId, as: 'proposal', clauseId: f.openClause };
    const other = await run(server, f, 'delegateB', table);
    expect(other.status).toBe(403);
    expect(other.body.error).toContain('own caucus');
    expect((await run(server, f, 'observer', table)).status).toBe(403);
    expect((await run(server, f, 'mediator', table)).status).toBe(200);
    expect((await run(server, f, 'delegateA', table)).status).toBe(200);
  });

  it('the plenary’s rules hold: frozen, One-Text mode, an agreed or locked clause', async () => {
    const server = await startServer();
    const f = await preparedSession(server, { bracketedAndAgreed: true });
    const room = caucusOf(f, 'A');
    const draftId = await writeDraft(server, room, f.delegateA.token, { text: 'Other words.' });
    const asClause = { type: 'draft.table', room, draftId, as: 'clause', kind: 'operative' };

    const agreed = await run(server, f, 'mediator', { ...asClause, as: 'option', clauseId: f.agreedClause });
    expect(agreed.status).toBe(409);
    expect(agreed.body.error).toContain('Agreed');
    const locked = await run(server, f, 'delegateA', { ...asClause, as: 'option', clauseId: f.lockedClause });
    expect(locked.status).toBe(409);
    expect(locked.body.error).toContain('locked');

    await run(server, f, 'mediator', { type: 'session.oneText', enabled: true });
    const oneText = await run(server, f, 'delegateA', asClause);
    expect(oneText.status).toBe(409);
    expect(oneText.body.error).toContain('One-Text');
    expect((await run(server, f, 'mediator', asClause)).status).toBe(200);
    await run(server, f, 'mediator', { type: 'session.oneText', enabled: false });

    await run(server, f, 'mediator', { type: 'session.freeze', frozen: true });
    const frozen = await run(server, f, 'delegateA', asClause);
    expect(frozen.status).toBe(409);
    expect(frozen.body.error).toContain('frozen');

    const plenary = await plenaryOf(server, f);
    // Only the mediator's tabling landed.
    expect(readClausesInOrder(plenaryRoots(plenary)).filter((c) => c.origin !== null)).toHaveLength(1);
  });
});

describe('draft.table: bad input is refused with a reason', () => {
  it('unknown room, draft or clause: 404; a missing or wrong field: 400; always JSON', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const room = caucusOf(f, 'A');
    const draftId = await writeDraft(server, room, f.delegateA.token, { text: 'Some words.' });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ room: `zzzzzzzz/caucus/${f.partyA}`, draftId, as: 'clause', kind: 'operative' }, 404, 'room'],
      [{ room: 'not a room!', draftId, as: 'clause', kind: 'operative' }, 404, 'room'],
      [{ room: `${f.session.id}/caucus/pnothing0`, draftId, as: 'clause', kind: 'operative' }, 404, 'room'],
      [{ room: `${f.session.id}/group/bnothing0`, draftId, as: 'clause', kind: 'operative' }, 404, 'room'],
      [{ room: `${f.session.id}/mediator`, draftId, as: 'clause', kind: 'operative' }, 400, 'room'],
      [{ room: f.session.id, draftId, as: 'clause', kind: 'operative' }, 400, 'room'],
      [{ room, draftId: 'dnothing0', as: 'clause', kind: 'operative' }, 404, 'draftId'],
      [{ room, draftId, as: 'option', clauseId: 'cnothing0' }, 404, 'clauseId'],
      [{ room, draftId, as: 'option' }, 400, 'clauseId'],
      [{ room, draftId, as: 'clause' }, 400, 'kind'],
      [{ room, draftId, as: 'amendment' }, 400, 'as'],
      [{ room, draftId: 'D!', as: 'clause', kind: 'operative' }, 400, 'draftId'],
    ];
    for (const [payload, status, field] of cases) {
      const answer = await run(server, f, 'mediator', { type: 'draft.table', ...payload });
      expect(answer.status, JSON.stringify({ payload, answer })).toBe(status);
      expect(answer.body.error).toContain(field);
    }
    const empty = await writeDraft(server, room, f.delegateA.token, { text: '' });
    const refused = await run(server, f, 'delegateA', {
      type: 'draft.table',
      room,
      draftId: empty,
      as: 'clause',
      kind: 'operative',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toContain('empty');
  });
});

function never(): never {
  throw new Error('missing value');
}
