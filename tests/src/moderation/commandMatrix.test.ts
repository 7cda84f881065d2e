import type { CommandType, PartyId } from '@parley/shared';
import {
  appendParagraph,
  COMMAND_ROLES,
  clauseComments,
  clauseOptions,
  clauseRecord,
  clauseVersionRecord,
  createClauseOption,
  fragmentPlainText,
  MEDIATOR_HOLDER,
  openBracketsOf,
  plenaryRoots,
  readAdoption,
  readAgenda,
  readClause,
  readClausesInOrder,
  readDocumentDetails,
  readLanguageAlignment,
  readLanguages,
  readModeration,
  readSettings,
  readSilence,
} from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { command, join } from '../helpers/api.ts';
import { importMarkdown } from '../helpers/importDraft.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { RawClient } from '../helpers/rawClient.ts';
import { writeDraft } from '../helpers/roomDraft.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { firstLine, pendingIds, suggestInsertion } from '../helpers/suggestions.ts';
import { waitFor } from '../helpers/waitFor.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { forwardLocalUpdates, preparedSession } from '../security/sessionFixture.ts';
import { type Actor, clause, run } from './sessionCommands.ts';

const ACTORS: Actor[] = ['mediator', 'delegateA', 'delegateB', 'observer'];

interface Case {
  /** The payload, built from the prepared session. */
  readonly payload: (f: PreparedSession) => Record<string, unknown>;
  /** Who sends the command that succeeds (one of the roles COMMAND_ROLES allows; the mediator by default). */
  readonly actor?: Actor;
  /** What every other client sees afterwards, through sync (or the API, for commands off the document). */
  readonly visible: (doc: Y.Doc, f: PreparedSession, server: TestServer) => boolean;
  /** Runs before the command, e.g. to put the session in the state the command needs. */
  readonly before?: (f: PreparedSession, server: TestServer) => Promise<void>;
  /** A payload that does not fit the state: 409. */
  readonly conflict?: (f: PreparedSession) => Record<string, unknown>;
  /** A payload with a bad field: 400 naming it. */
  readonly invalid?: { readonly payload: Record<string, unknown>; readonly field: string };
}

const mod = (doc: Y.Doc) => readModeration(plenaryRoots(doc));

const CASES: Record<CommandType, Case> = {
  'invite.revoke': {
    payload: (f) => ({ role: 'delegate', partyId: f.partyB }),
    visible: () => true,
    conflict: (f) => ({ role: 'delegate', partyId: f.partyB }),
    before: undefined,
    invalid: { payload: { role: 'chair' }, field: 'role' },
  },
  'invite.reissue': {
    payload: () => ({ role: 'observer' }),
    visible: () => true,
    invalid: { payload: { role: 'delegate', partyId: 'X!' }, field: 'partyId' },
  },
  'participant.remove': {
    payload: (f) => ({ participantId: f.observer.participantId }),
    visible: () => true,
    conflict: (f) => ({ participantId: f.mediator.participantId }),
    invalid: { payload: { participantId: 5 }, field: 'participantId' },
  },
  'participant.mute': {
    payload: (f) => ({ participantId: f.delegateB.participantId }),
    visible: (d, f) => mod(d).mutes.includes(f.delegateB.participantId),
    conflict: (f) => ({ participantId: f.mediator.participantId }),
  },
  'participant.unmute': {
    before: async (f, s) =>
      void (await run(s, f, 'mediator', { type: 'participant.mute', participantId: f.delegateB.participantId })),
    payload: (f) => ({ participantId: f.delegateB.participantId }),
    visible: (d, f) => !mod(d).mutes.includes(f.delegateB.participantId),
    conflict: (f) => ({ participantId: f.delegateA.participantId }),
  },
  'agenda.add': {
    payload: () => ({ title: 'Humanitarian access', timeboxMinutes: 30 }),
    visible: (d) =>
      readAgenda(plenaryRoots(d)).some((i) => i.title === 'Humanitarian access' && i.timeboxMinutes === 30),
    invalid: { payload: { title: '' }, field: 'title' },
  },
  'agenda.edit': {
    payload: (f) => ({ itemId: f.itemId, title: 'Verification and compliance', workingGroup: 'Drafting group 1' }),
    visible: (d) => readAgenda(plenaryRoots(d))[0]?.workingGroup === 'Drafting group 1',
  },
  'agenda.move': {
    before: async (f, s) => void (await run(s, f, 'mediator', { type: 'agenda.add', title: 'Second item' })),
    payload: (f) => ({ itemId: f.itemId, index: 1 }),
    visible: (d) =>
      readAgenda(plenaryRoots(d))
        .map((i) => i.title)
        .join('|') === 'Second item|Verification',
  },
  'agenda.remove': {
    payload: (f) => ({ itemId: f.itemId }),
    visible: (d) => readAgenda(plenaryRoots(d)).length === 0,
    conflict: () => ({ itemId: 'anitem0000' }),
  },
  'agenda.setCurrent': {
    before: async (f, s) =>
      void (await run(s, f, 'mediator', { type: 'agenda.timebox', itemId: f.itemId, minutes: 20 })),
    payload: (f) => ({ itemId: f.itemId }),
    visible: (d, f) =>
      mod(d).currentItemId === f.itemId &&
      mod(d).timer?.durationMs === 20 * 60_000 &&
      readAgenda(plenaryRoots(d))[0]?.state === 'underDiscussion',
  },
  'agenda.setState': {
    payload: (f) => ({ itemId: f.itemId, state: 'deferred' }),
    visible: (d) => readAgenda(plenaryRoots(d))[0]?.state === 'deferred',
    invalid: { payload: { itemId: 'a1', state: 'postponed' }, field: 'state' },
  },
  'agenda.timebox': {
    payload: (f) => ({ itemId: f.itemId, minutes: 45 }),
    visible: (d) => readAgenda(plenaryRoots(d))[0]?.timeboxMinutes === 45,
    invalid: { payload: { itemId: 'a1', minutes: -3 }, field: 'minutes' },
  },
  'queue.raiseHand': {
    actor: 'delegateA',
    payload: () => ({}),
    visible: (d, f) => mod(d).speakers.some((s) => s.participantId === f.delegateA.participantId),
    conflict: () => ({}),
  },
  'queue.lowerHand': {
    actor: 'delegateA',
    before: async (f, s) => void (await run(s, f, 'delegateA', { type: 'queue.raiseHand' })),
    payload: () => ({}),
    visible: (d) => mod(d).speakers.length === 0,
    conflict: () => ({}),
  },
  'queue.close': { payload: () => ({}), visible: (d) => mod(d).listClosed, conflict: () => ({}) },
  'queue.reopen': {
    before: async (f, s) => void (await run(s, f, 'mediator', { type: 'queue.close' })),
    payload: () => ({}),
    visible: (d) => !mod(d).listClosed,
    conflict: () => ({}),
  },
  'floor.give': {
    payload: (f) => ({ participantId: f.delegateB.participantId }),
    visible: (d, f) => mod(d).floor?.participantId === f.delegateB.participantId,
    conflict: (f) => ({ participantId: f.observer.participantId }),
  },
  'floor.next': {
    before: async (f, s) => void (await run(s, f, 'delegateB', { type: 'queue.raiseHand' })),
    payload: () => ({}),
    visible: (d, f) => mod(d).floor?.participantId === f.delegateB.participantId && mod(d).speakers.length === 0,
  },
  'floor.end': {
    before: async (f, s) =>
      void (await run(s, f, 'mediator', { type: 'floor.give', participantId: f.delegateA.participantId })),
    payload: () => ({}),
    visible: (d) => mod(d).floor === null,
  },
  'floor.setLimit': {
    payload: () => ({ seconds: 180 }),
    visible: (d) => mod(d).speakerLimitMs === 180_000,
    invalid: { payload: { seconds: 'three minutes' }, field: 'seconds' },
  },
  'clause.add': {
    payload: () => ({ kind: 'preamble', text: 'Recalling the Charter', index: 0 }),
    visible: (d) => readClausesInOrder(plenaryRoots(d))[0]?.kind === 'preamble',
    invalid: { payload: { kind: 'annex' }, field: 'kind' },
  },
  'clause.move': {
    payload: (f) => ({ clauseId: f.lockedClause, index: 0 }),
    visible: (d, f) => plenaryRoots(d).clauseOrder.get(0) === f.lockedClause,
    conflict: () => ({ clauseId: 'cnothing000', index: 0 }),
  },
  'clause.remove': {
    payload: (f) => ({ clauseId: f.openClause }),
    visible: (d, f) =>
      clause(d, f.openClause) === null && !plenaryRoots(d).clauseOrder.toArray().includes(f.openClause),
  },
  'clause.setStatus': {
    payload: (f) => ({ clauseId: f.openClause, status: 'withdrawn' }),
    visible: (d, f) => clause(d, f.openClause)?.status === 'withdrawn',
    conflict: (f) => ({ clauseId: f.openClause, status: 'withdrawn' }),
    invalid: { payload: { clauseId: 'c1', status: 'done' }, field: 'status' },
  },
  'clause.lock': {
    payload: (f) => ({ clauseId: f.openClause }),
    visible: (d, f) => clause(d, f.openClause)?.locked === true,
    conflict: (f) => ({ clauseId: f.lockedClause }),
  },
  'clause.unlock': {
    payload: (f) => ({ clauseId: f.lockedClause }),
    visible: (d, f) => clause(d, f.lockedClause)?.locked === false,
    conflict: (f) => ({ clauseId: f.openClause }),
  },
  'clause.addOption': {
    actor: 'delegateA',
    payload: (f) => ({ clauseId: f.openClause, label: 'Option 2' }),
    visible: (d, f) => clause(d, f.openClause)?.options.some((o) => o.label === 'Option 2') === true,
    // A delegate may not add options to a locked clause.
    conflict: (f) => ({ clauseId: f.lockedClause, label: 'Option 3' }),
  },
  'clause.collapseOptions': {
    before: async (f, s) => {
      const answer = await run(s, f, 'mediator', {
        type: 'clause.addOption',
        clauseId: f.openClause,
        label: 'No text',
      });
      expect(answer.status).toBe(200);
    },
    payload: (f) => ({ clauseId: f.openClause, optionId: optionIdOf(f) }),
    visible: (d, f) =>
      clause(d, f.openClause)?.options.length === 0 &&
      fragmentPlainText(clause(d, f.openClause)?.body ?? (null as never)) === '',
    conflict: (f) => ({ clauseId: f.openClause, optionId: 'onothing0' }),
  },
  'clause.alignLanguage': {
    // The session gains Russian and the mediator writes the open clause's Russian version through sync.
    before: async (f, s) => {
      const languages = await run(s, f, 'mediator', {
        type: 'session.languages',
        languages: [{ tag: 'en' }, { tag: 'ru' }],
      });
      expect(languages.status).toBe(200);
      const writer = await connectProvider(s.wsUrl, f.session.id, { token: f.mediator.token });
      const version = () =>
        clauseVersionRecord(clauseRecord(plenaryRoots(writer.doc), f.openClause) as Y.Map<unknown>, 'ru');
      await waitFor(() => version() !== null, 'the Russian version');
      appendParagraph(version()?.get('body') as Y.XmlFragment, 'Стороны встречаются.');
      const reader = await connectProvider(s.wsUrl, f.session.id, { token: f.observer.token });
      await waitFor(
        () =>
          fragmentPlainText(
            clauseVersionRecord(clauseRecord(plenaryRoots(reader.doc), f.openClause) as Y.Map<unknown>, 'ru')?.get(
              'body',
            ) as Y.XmlFragment,
          ).includes('Стороны'),
        'the Russian words to be stored',
      );
    },
    payload: (f) => ({ clauseId: f.openClause, language: 'ru' }),
    visible: (d, f) =>
      readLanguageAlignment(clauseRecord(plenaryRoots(d), f.openClause) as Y.Map<unknown>, 'ru') !== null,
    // Aligned already, with nothing changed since.
    conflict: (f) => ({ clauseId: f.openClause, language: 'ru' }),
    invalid: { payload: { clauseId: 'cnone', language: 'russian!' }, field: 'language' },
  },
  'clause.restoreOptions': {
    before: async (f, s) => {
      const added = await run(s, f, 'mediator', { type: 'clause.addOption', clauseId: f.openClause, label: 'No text' });
      const optionId = (added.body as { optionId: string }).optionId;
      const kept = await run(s, f, 'mediator', { type: 'clause.collapseOptions', clauseId: f.openClause, optionId });
      expect(kept.status).toBe(200);
    },
    payload: (f) => ({ clauseId: f.openClause }),
    visible: (d, f) =>
      clause(d, f.openClause)
        ?.options.map((o) => o.label)
        .join() === 'No text',
    // Undone once already: nothing more to bring back.
    conflict: (f) => ({ clauseId: f.openClause }),
  },
  'clause.signOff': {
    actor: 'delegateA',
    payload: (f) => ({ clauseId: f.openClause, adReferendum: true }),
    visible: (d, f) => clause(d, f.openClause)?.signoffs.get(f.partyA as PartyId)?.adReferendum === true,
    // Signing off a withdrawn clause does not fit its state.
    conflict: (f) => ({ clauseId: withdrawnClauseOf(f) }),
  },
  'clause.withdrawSignOff': {
    actor: 'delegateA',
    before: async (f, s) => void (await run(s, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause })),
    payload: (f) => ({ clauseId: f.openClause }),
    visible: (d, f) => clause(d, f.openClause)?.signoffs.size === 0,
    conflict: (f) => ({ clauseId: f.lockedClause }),
  },
  'clause.agreeWithoutObjection': {
    payload: (f) => ({ clauseId: f.openClause }),
    visible: (d, f) => clause(d, f.openClause)?.status === 'agreed',
    // Already agreed: nothing to declare.
    conflict: (f) => ({ clauseId: f.openClause }),
  },
  'clause.reopen': {
    before: async (f, s) => {
      const answer = await run(s, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause });
      expect(answer.status).toBe(200);
    },
    payload: (f) => ({ clauseId: f.openClause, reason: 'A capital asked to look at it again' }),
    visible: (d, f) => clause(d, f.openClause)?.status === 'proposed',
    // Reopening a clause that is not agreed does not fit its state.
    conflict: (f) => ({ clauseId: f.openClause, reason: 'Again' }),
    invalid: { payload: { clauseId: 'c1', reason: '' }, field: 'reason' },
  },
  'clause.comment': {
    payload: (f) => ({ clauseId: f.openClause, text: 'Suggest “shall” → “should”', proposal: true }),
    visible: (d, f) => {
      const record = clauseRecord(plenaryRoots(d), f.openClause);
      const comment = record ? clauseComments(record).get(0) : undefined;
      return comment?.kind === 'proposal' && comment.byName === 'The Envoy' && comment.disposition === 'open';
    },
    invalid: { payload: { clauseId: 'c1', text: '' }, field: 'text' },
  },
  'bracket.reassign': {
    // A zero draft's bracket, held by the mediator until given to a party.
    before: async (f, s) => {
      const [clauseId] = await importMarkdown(s.url, f.session.id, f.mediator.token, '1. Deploy [9,000 troops].');
      if (clauseId) importedIds.set(f, clauseId);
    },
    payload: (f) => ({ clauseId: importedIds.get(f), from: MEDIATOR_HOLDER, to: f.partyA }),
    visible: (d, f) => {
      const imported = clause(d, importedIds.get(f) ?? '');
      return imported !== null && openBracketsOf(imported).every((b) => b.holder === f.partyA && b.note === null);
    },
    // Given away already: the clause holds no bracket of the mediator's any more.
    conflict: (f) => ({ clauseId: importedIds.get(f), from: MEDIATOR_HOLDER, to: f.partyB }),
    invalid: { payload: { clauseId: 'c1', from: 'Nobody!', to: 'p1' }, field: 'from' },
  },
  'clause.decideProposal': {
    before: async (f, s) => {
      const answer = await run(s, f, 'delegateA', {
        type: 'clause.comment',
        clauseId: f.openClause,
        text: 'Add “in good faith”',
        proposal: true,
      });
      expect(answer.status).toBe(200);
      proposalIds.set(f, (answer.body as { commentId: string }).commentId);
    },
    payload: (f) => ({ clauseId: f.openClause, commentId: proposalIds.get(f), disposition: 'incorporated' }),
    visible: (d, f) => {
      const record = clauseRecord(plenaryRoots(d), f.openClause);
      return record ? clauseComments(record).get(0)?.disposition === 'incorporated' : false;
    },
    conflict: (f) => ({ clauseId: f.openClause, commentId: proposalIds.get(f), disposition: 'notRetained' }),
  },
  'session.editMode': {
    payload: () => ({ mode: 'suggest' }),
    visible: (d) => readSettings(plenaryRoots(d)).editMode === 'suggest',
    conflict: () => ({ mode: 'suggest' }),
    invalid: { payload: { mode: 'track' }, field: 'mode' },
  },
  'suggestion.accept': {
    before: async (f, s) => {
      suggestionIds.set(f, await suggestInsertion(s.wsUrl, f.session.id, f.delegateA, f.openClause, 17, ' soon'));
    },
    payload: (f) => ({ clauseId: f.openClause, suggestionIds: [suggestionIds.get(f)] }),
    visible: (d, f) =>
      pendingIds(d, f.openClause).length === 0 &&
      firstLine(d, f.openClause).toString() === 'The Parties shall soon meet.',
    // Nothing pending of party B's.
    conflict: (f) => ({ clauseId: f.openClause, partyId: f.partyB }),
    invalid: { payload: { clauseId: 'c1', suggestionIds: ['X!'] }, field: 'suggestionIds' },
  },
  'suggestion.reject': {
    before: async (f, s) => {
      suggestionIds.set(f, await suggestInsertion(s.wsUrl, f.session.id, f.delegateA, f.openClause, 17, ' soon'));
    },
    payload: (f) => ({ clauseId: f.openClause, partyId: f.partyA }),
    visible: (d, f) =>
      pendingIds(d, f.openClause).length === 0 && firstLine(d, f.openClause).toString() === 'The Parties shall meet.',
    conflict: (f) => ({ clauseId: f.openClause, partyId: f.partyB }),
  },
  'session.freeze': {
    payload: () => ({ frozen: true }),
    visible: (d) => readSettings(plenaryRoots(d)).frozen,
    conflict: () => ({ frozen: true }),
  },
  'session.oneText': {
    payload: () => ({ enabled: true }),
    visible: (d) => readSettings(plenaryRoots(d)).oneText,
    conflict: () => ({ enabled: true }),
  },
  'session.observersMayExport': {
    payload: () => ({ allowed: true }),
    visible: (d) => readSettings(plenaryRoots(d)).observersMayExport,
    conflict: () => ({ allowed: true }),
  },
  'session.holdersMaySettleSuggestions': {
    payload: () => ({ allowed: true }),
    visible: (d) => readSettings(plenaryRoots(d)).holdersMaySettleSuggestions,
    conflict: () => ({ allowed: true }),
  },
  'session.languages': {
    payload: () => ({ languages: [{ tag: 'en' }, { tag: 'ru' }] }),
    visible: (d) =>
      readLanguages(plenaryRoots(d))
        .map((language) => language.tag)
        .join() === 'en,ru',
    // The clauses are in English: it may not go.
    conflict: () => ({ languages: [{ tag: 'fr' }] }),
    invalid: { payload: { languages: [{ tag: 'english!' }] }, field: 'languages.0.tag' },
  },
  'document.details': {
    payload: () => ({ symbol: 'PARLEY/2026/3/Rev.2', marking: 'nonPaper', date: '2026-12-01' }),
    visible: (d) => readDocumentDetails(plenaryRoots(d)).symbol === 'PARLEY/2026/3/Rev.2',
    // The same details again.
    conflict: () => ({ symbol: 'PARLEY/2026/3/Rev.2', marking: 'nonPaper', date: '2026-12-01' }),
    invalid: { payload: { symbol: 'PARLEY/\u0007/3', marking: 'draft' }, field: 'symbol' },
  },
  'session.workingGroupsMayTable': {
    payload: () => ({ allowed: true }),
    visible: (d) => readSettings(plenaryRoots(d)).workingGroupsMayTable,
    conflict: () => ({ allowed: true }),
  },
  'draft.table': {
    before: async (f, s) => {
      const room = `${f.session.id}/caucus/${f.partyA}`;
      draftIds.set(f, await writeDraft(s, room, f.mediator.token, { heading: 'Tabled', text: 'From the caucus.' }));
    },
    payload: (f) => ({
      room: `${f.session.id}/caucus/${f.partyA}`,
      draftId: draftIds.get(f),
      as: 'clause',
      kind: 'operative',
    }),
    visible: (d) =>
      readClausesInOrder(plenaryRoots(d)).some((c) => c.origin?.kind === 'caucus' && c.heading.toString() === 'Tabled'),
    conflict: (f) => ({
      room: `${f.session.id}/caucus/${f.partyA}`,
      draftId: 'dnothing0',
      as: 'clause',
      kind: 'operative',
    }),
    invalid: { payload: { room: 'x', draftId: 'X!', as: 'clause' }, field: 'draftId' },
  },
  'breakout.open': {
    payload: (f) => ({ partyId: f.partyA }),
    visible: (d, f) => mod(d).breakouts.some((b) => b.kind === 'caucus' && b.partyId === f.partyA),
    conflict: (f) => ({ partyId: f.partyA }),
  },
  'breakout.close': {
    before: async (f, s) => {
      const answer = await run(s, f, 'mediator', { type: 'breakout.open', partyId: f.partyB });
      breakoutIds.set(f, (answer.body as { breakoutId: string }).breakoutId);
    },
    payload: (f) => ({ breakoutId: breakoutIds.get(f) }),
    visible: (d) => mod(d).breakouts.length === 0,
    conflict: () => ({ breakoutId: 'bnothing0' }),
  },
  'version.save': { payload: () => ({ label: 'Zero draft' }), visible: () => true },
  'adoption.propose': {
    before: agreeWholeText,
    payload: () => ({}),
    visible: (d) => readAdoption(plenaryRoots(d))?.state === 'proposed',
  },
  'adoption.accept': {
    before: async (f, s) => {
      await agreeWholeText(f, s);
      await run(s, f, 'mediator', { type: 'adoption.propose' });
    },
    actor: 'delegateA',
    payload: () => ({ adReferendum: true }),
    visible: (d, f) => readAdoption(plenaryRoots(d))?.acceptances[f.partyA]?.adReferendum === true,
    conflict: () => ({}),
  },
  'adoption.confirm': {
    before: async (f, s) => {
      await agreeWholeText(f, s);
      await run(s, f, 'mediator', { type: 'adoption.propose' });
      await run(s, f, 'delegateA', { type: 'adoption.accept', adReferendum: true });
    },
    actor: 'delegateA',
    payload: () => ({}),
    visible: (d, f) => readAdoption(plenaryRoots(d))?.acceptances[f.partyA]?.confirmedAt !== undefined,
    conflict: () => ({}),
  },
  'silence.start': {
    payload: () => ({ until: new Date(Date.now() + 3_600_000).toISOString() }),
    visible: (d) => readSilence(plenaryRoots(d))?.clauseIds === null,
    conflict: () => ({ until: new Date(Date.now() + 3_600_000).toISOString() }),
    invalid: { payload: { until: 'tomorrow' }, field: 'until' },
  },
  'silence.break': {
    before: async (f, s) =>
      void (await run(s, f, 'mediator', {
        type: 'silence.start',
        until: new Date(Date.now() + 3_600_000).toISOString(),
      })),
    actor: 'delegateA',
    payload: () => ({ explanation: 'Our capital cannot accept clause 1.' }),
    visible: (d) => readSilence(plenaryRoots(d))?.outcome?.kind === 'broken',
    conflict: () => ({ explanation: 'Again.' }),
    invalid: { payload: { explanation: '  ' }, field: 'explanation' },
  },
  'text.initial': {
    before: async (f, s) => {
      await agreeWholeText(f, s);
      await run(s, f, 'mediator', { type: 'adoption.propose' });
      await run(s, f, 'delegateA', { type: 'adoption.accept' });
      await run(s, f, 'delegateB', { type: 'adoption.accept' });
    },
    actor: 'delegateA',
    payload: () => ({}),
    visible: (d, f) => readAdoption(plenaryRoots(d))?.initials[f.partyA]?.name === 'Delegate of A',
    conflict: () => ({}),
  },
};

/** Every clause of the prepared session agreed (the locked one withdrawn), so the whole text can be adopted. */
async function agreeWholeText(f: PreparedSession, s: TestServer): Promise<void> {
  await run(s, f, 'mediator', { type: 'clause.setStatus', clauseId: f.lockedClause, status: 'withdrawn' });
  await run(s, f, 'mediator', { type: 'clause.agreeWithoutObjection', clauseId: f.openClause });
}

const proposalIds = new WeakMap<PreparedSession, string>();
const importedIds = new WeakMap<PreparedSession, string>();
const breakoutIds = new WeakMap<PreparedSession, string>();
const draftIds = new WeakMap<PreparedSession, string>();
const suggestionIds = new WeakMap<PreparedSession, string>();
const optionIds = new WeakMap<PreparedSession, string>();
const withdrawnClauses = new WeakMap<PreparedSession, string>();
const optionIdOf = (f: PreparedSession) => optionIds.get(f) ?? '';
const withdrawnClauseOf = (f: PreparedSession) => withdrawnClauses.get(f) ?? '';

/** Extra state some cases read (ids created before the command). */
async function prepare(server: TestServer, f: PreparedSession, type: CommandType): Promise<void> {
  if (type === 'clause.collapseOptions') {
    const reader = await RawClient.connect(server.wsUrl, f.session.id, f.mediator.token);
    await reader.sync();
    const record = clauseRecord(plenaryRoots(reader.doc), f.openClause);
    const option = record ? clauseOptions(record).get(0) : undefined;
    optionIds.set(f, String(option?.get('id')));
  }
  if (type === 'clause.signOff') {
    const added = await run(server, f, 'mediator', { type: 'clause.add', kind: 'operative', text: 'Withdrawn text' });
    const clauseId = (added.body as { clauseId: string }).clauseId;
    await run(server, f, 'mediator', { type: 'clause.setStatus', clauseId, status: 'withdrawn' });
    withdrawnClauses.set(f, clauseId);
  }
}

describe('moderation commands: allowed role succeeds and everyone sees it; others get 403 and nothing changes', () => {
  for (const [type, c] of Object.entries(CASES) as [CommandType, Case][]) {
    const roleOf = (a: Actor) => (a === 'mediator' ? 'mediator' : a === 'observer' ? 'observer' : 'delegate');
    const allowed = ACTORS.filter((a) => COMMAND_ROLES[type].includes(roleOf(a)));
    it(`${type}: ${allowed.join(', ')} may; the others are refused`, async () => {
      const server = await startServer();
      const f = await preparedSession(server);
      await c.before?.(f, server);
      await prepare(server, f, type);
      const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
      const before = JSON.stringify(watcher.doc.toJSON());

      for (const refused of ACTORS.filter((a) => !allowed.includes(a))) {
        const answer = await run(server, f, refused, { type, ...c.payload(f) });
        expect(answer.status, `${refused} sending ${type}`).toBe(403);
        expect(answer.body.error).toBeTruthy();
      }
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(JSON.stringify(watcher.doc.toJSON())).toBe(before);

      const actor = c.actor ?? allowed[0] ?? 'mediator';
      const answer = await run(server, f, actor, { type, ...c.payload(f) });
      expect(answer.status, JSON.stringify(answer.body)).toBe(200);
      expect(answer.body.ok).toBe(true);
      if (type !== 'participant.remove' || actor !== 'mediator') {
        await waitFor(() => c.visible(watcher.doc, f, server), `${type} to be visible through sync`);
      }

      if (c.conflict) {
        const conflict = await run(server, f, actor, { type, ...c.conflict(f) });
        expect([404, 409], JSON.stringify(conflict.body)).toContain(conflict.status);
      }
      if (c.invalid) {
        const invalid = await run(server, f, actor, { type, ...c.invalid.payload });
        expect(invalid.status).toBe(400);
        expect(invalid.body.error).toContain(c.invalid.field);
      }
      const audit = await fetch(`${server.url}/api/sessions/${f.session.id}/audit?limit=500`, {
        headers: { authorization: `Bearer ${f.mediator.token}` },
      });
      const entries = (
        (await audit.json()) as { entries: { action: string; outcome: string; participantId: string }[] }
      ).entries;
      expect(
        entries.some((e) => e.action === type && e.outcome === 'ok' && e.participantId === f[actor].participantId),
      ).toBe(true);
      expect(entries.filter((e) => e.action === type && e.outcome === 'refused').length).toBeGreaterThanOrEqual(
        ACTORS.length - allowed.length,
      );
    });
  }
});

describe('moderation in practice', () => {
  it('20 participants requesting the floor at once all land on the list, in the server’s order', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const delegates = await Promise.all(
      Array.from({ length: 20 }, (_v, i) => join(server.url, f.session, { party: i % 2 }, `Delegate ${i}`)),
    );
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    const answers = await Promise.all(
      delegates.map((d) => command(server.url, f.session.id, d.token, { type: 'queue.raiseHand' })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    await waitFor(() => mod(watcher.doc).speakers.length === 20, 'all 20 on the list');
    const speakers = mod(watcher.doc).speakers;
    expect(new Set(speakers.map((s) => s.participantId))).toEqual(new Set(delegates.map((d) => d.participantId)));
    // The server's order is the order it stamped them in.
    const times = speakers.map((s) => s.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('a point of order goes ahead of ordinary requests; a closed list takes points of order only', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await run(server, f, 'delegateA', { type: 'queue.raiseHand' });
    await run(server, f, 'mediator', { type: 'queue.close' });
    expect((await run(server, f, 'delegateB', { type: 'queue.raiseHand' })).status).toBe(409);
    expect((await run(server, f, 'delegateB', { type: 'queue.raiseHand', pointOfOrder: true })).status).toBe(200);
    await waitFor(() => mod(watcher.doc).speakers.length === 2, 'two on the list');
    expect(mod(watcher.doc).speakers.map((s) => [s.participantId, s.pointOfOrder])).toEqual([
      [f.delegateB.participantId, true],
      [f.delegateA.participantId, false],
    ]);
    await run(server, f, 'mediator', { type: 'floor.setLimit', seconds: 180 });
    await run(server, f, 'mediator', { type: 'floor.next' });
    await waitFor(() => mod(watcher.doc).floor !== null, 'the floor');
    expect(mod(watcher.doc).floor).toMatchObject({ participantId: f.delegateB.participantId, limitMs: 180_000 });
    // The speaker yields.
    expect((await run(server, f, 'delegateA', { type: 'floor.end' })).status).toBe(403);
    expect((await run(server, f, 'delegateB', { type: 'floor.end' })).status).toBe(200);
  });

  it('every party signing off makes a clause agreed; a later text edit clears the sign-offs, and the log keeps the text each party signed', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const watcher = await connectProvider(server.wsUrl, f.session.id, { token: f.observer.token });
    await run(server, f, 'delegateA', { type: 'clause.signOff', clauseId: f.openClause });
    await waitFor(() => clause(watcher.doc, f.openClause)?.signoffs.size === 1, 'the first sign-off');

    // Party B (not yet signed) changes the words through sync: A's sign-off was given to other words.
    const editor = await RawClient.connect(server.wsUrl, f.session.id, f.delegateB.token);
    await editor.sync();
    forwardLocalUpdates(editor);
    const record = clauseRecord(plenaryRoots(editor.doc), f.openClause);
    const body = record ? readClause(record)?.body : undefined;
    const paragraph = body?.get(0);
    const text = paragraph instanceof (await import('yjs')).XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof (await import('yjs')).XmlText)) throw new Error('no text');
    text.insert(text.length - 1, ' in Geneva');
    await waitFor(() => clause(watcher.doc, f.openClause)?.signoffs.size === 0, 'sign-offs to clear');
    expect(clause(watcher.doc, f.openClause)?.status).toBe('proposed');
    const audit = await fetch(`${server.url}/api/sessions/${f.session.id}/audit`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    const entries = (
      (await audit.json()) as {
        entries: {
          action: string;
          detail: {
            reason?: string;
            parties?: string[];
            signed?: { partyName: string; text: string }[];
            textNow?: string;
          };
        }[];
      }
    ).entries;
    const cleared = entries.find((e) => e.action === 'clause.signOffsCleared');
    expect(cleared?.detail.reason).toBe('the text was changed by Делегат B');
    expect(cleared?.detail.parties).toEqual([f.partyA]);
    expect(cleared?.detail.signed).toEqual([
      expect.objectContaining({ partyName: 'Ruritania', text: 'The Parties shall meet.' }),
    ]);
    expect(cleared?.detail.textNow).toBe('The Parties shall meet in Geneva.');
  });

  it('comparing two revisions gives the clause-by-clause word diff', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const first = await run(server, f, 'mediator', { type: 'version.save' });
    expect(first.body).toMatchObject({ label: 'Rev.1' });
    const editor = await RawClient.connect(server.wsUrl, f.session.id, f.delegateA.token);
    await editor.sync();
    forwardLocalUpdates(editor);
    const record = clauseRecord(plenaryRoots(editor.doc), f.openClause);
    const paragraph = record ? readClause(record)?.body.get(0) : undefined;
    const text = (paragraph as Y.XmlElement | undefined)?.get(0) as Y.XmlText | undefined;
    text?.insert('The Parties shall'.length, ' promptly');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await run(server, f, 'mediator', { type: 'version.save' });
    expect(second.body).toMatchObject({ label: 'Rev.2' });
    const versions = (await (
      await fetch(`${server.url}/api/sessions/${f.session.id}/versions`, {
        headers: { authorization: `Bearer ${f.delegateB.token}` },
      })
    ).json()) as { versions: { id: string; label: string }[] };
    expect(versions.versions.map((v) => v.label)).toEqual(['Rev.1', 'Rev.2']);
    const [rev1, rev2] = versions.versions;
    const compare = await fetch(
      `${server.url}/api/sessions/${f.session.id}/versions/compare?from=${rev1?.id}&to=${rev2?.id}`,
      {
        headers: { authorization: `Bearer ${f.delegateB.token}` },
      },
    );
    const result = (await compare.json()) as {
      from: string;
      to: string;
      clauses: { number: string; change: string; parts: { value: string; added?: boolean }[] }[];
    };
    expect(result.from).toBe('Rev.1');
    expect(result.to).toBe('Rev.2');
    expect(result.clauses.map((c) => [c.number, c.change])).toEqual([
      ['1', 'changed'],
      ['2', 'unchanged'],
    ]);
    expect(result.clauses[0]?.parts.filter((p) => p.added).map((p) => p.value.trim())).toEqual(['promptly']);
  });

  it('a muted delegate’s edits are refused until unmuted', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await run(server, f, 'mediator', { type: 'participant.mute', participantId: f.delegateA.participantId });
    const client = await RawClient.connect(server.wsUrl, f.session.id, f.delegateA.token);
    await client.sync();
    forwardLocalUpdates(client);
    const record = clauseRecord(plenaryRoots(client.doc), f.openClause);
    const options = record ? clauseOptions(record) : undefined;
    options?.push([createClauseOption('Option A').record]);
    const closed = await client.closedWithin(2000, 'muted edit');
    expect(closed.reason).toContain('muted');
    expect((await run(server, f, 'delegateA', { type: 'queue.raiseHand' })).status).toBe(409);
  });

  it('a working group’s room opens to its members only, and closes with the group', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const opened = await run(server, f, 'mediator', {
      type: 'breakout.open',
      label: 'Drafting group',
      participantIds: [f.delegateA.participantId],
    });
    const groupId = (opened.body as { breakoutId: string }).breakoutId;
    const name = `${f.session.id}/group/${groupId}`;
    const member = await RawClient.connect(server.wsUrl, name, f.delegateA.token);
    await member.sync();
    const outsider = await RawClient.connect(server.wsUrl, name, f.delegateB.token).catch((error: unknown) => error);
    expect((outsider as { status?: number }).status).toBe(403);
    await run(server, f, 'mediator', { type: 'breakout.close', breakoutId: groupId });
    expect((await member.closedWithin(2000, 'group closed')).reason).toContain('closed');
    const again = await RawClient.connect(server.wsUrl, name, f.delegateA.token).catch((error: unknown) => error);
    expect((again as { status?: number }).status).toBe(403);
  });

  it('the audit log is for mediators and pages back', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    for (let i = 0; i < 5; i++) await run(server, f, 'mediator', { type: 'agenda.add', title: `Item ${i}` });
    const page = async (query: string, token = f.mediator.token) => {
      const response = await fetch(`${server.url}/api/sessions/${f.session.id}/audit${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return {
        status: response.status,
        body: (await response.json()) as { entries: { id: number; action: string }[]; next: number | null },
      };
    };
    expect((await page('', f.delegateA.token)).status).toBe(403);
    const first = await page('?limit=2');
    expect(first.body.entries).toHaveLength(2);
    const second = await page(`?limit=2&before=${first.body.next}`);
    expect(second.body.entries[0]?.id).toBeLessThan(first.body.entries[1]?.id ?? 0);
  });
});

describe('presence', () => {
  it('shows who is online in which room, each caller seeing only rooms they may open', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    await connectProvider(server.wsUrl, f.session.id, { token: f.delegateB.token });
    await connectProvider(server.wsUrl, `${f.session.id}/caucus/${f.partyA}`, { token: f.delegateA.token });
    const presence = async (token: string) => {
      const response = await fetch(`${server.url}/api/sessions/${f.session.id}/presence`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await response.json()) as { online: { doc: string; participantId: string }[] }).online;
    };
    const forMediator = await presence(f.mediator.token);
    expect(forMediator).toContainEqual(
      expect.objectContaining({ doc: f.session.id, participantId: f.delegateB.participantId }),
    );
    expect(forMediator).toContainEqual(
      expect.objectContaining({ doc: `${f.session.id}/caucus/${f.partyA}`, participantId: f.delegateA.participantId }),
    );
    const forB = await presence(f.delegateB.token);
    expect(forB.map((e) => e.doc)).toEqual([f.session.id]);
  });
});
