import type { ParticipantId, PartyId, SessionId } from '@parley/shared';
import { MEDIATOR_HOLDER } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type { AuditEntry, ParticipantRecord } from '../storage/SessionStore.ts';
import type { AuditNames } from './AuditNames.ts';
import { describeAuditEntry } from './describeAuditEntry.ts';

const GROUP = 'pgroup' as PartyId;
const RUSSIA = 'prussia' as PartyId;
const person = (id: string, name: string, role: ParticipantRecord['role'], partyId: PartyId | null) =>
  [
    id,
    {
      id: id as ParticipantId,
      sessionId: 's1' as SessionId,
      inviteId: 'i1',
      role,
      partyId,
      name,
      joinedAt: 1,
      removedAt: null,
    },
  ] as const;

const names: AuditNames = {
  people: new Map([
    person('uanna', 'Anna Kowalska', 'delegate', GROUP),
    person('uchair', 'Ada Chair', 'mediator', null),
    person('uivan', 'Ivan Petrov', 'delegate', RUSSIA),
    person('utrans', 'Olga Translator', 'languageServices', null),
  ]),
  parties: new Map([
    [GROUP, 'Group of participating States'],
    [RUSSIA, 'the Russian Federation'],
  ]),
  clauses: new Map([
    ['cpre', 'preambular paragraph PP1'],
    ['ctwo', 'clause 2'],
  ]),
  agendaItems: new Map([['iwater', 'Water']]),
  breakouts: new Map(),
};

let nextId = 1;
const entry = (partial: Partial<AuditEntry> & Pick<AuditEntry, 'action' | 'detail'>): AuditEntry => ({
  id: nextId++,
  sessionId: 's1' as SessionId,
  at: 0,
  participantId: 'uchair' as ParticipantId,
  role: 'mediator',
  outcome: 'ok',
  ...partial,
});

describe('describeAuditEntry: the record in words', () => {
  it('names the language services seat and invite in words, and the languages a mediator set', () => {
    const revoked = describeAuditEntry(entry({ action: 'invite.revoke', detail: { role: 'languageServices' } }), names);
    expect(revoked.summary).toBe('Ada Chair (mediator) revoked the invite links for language services.');
    const removed = describeAuditEntry(
      entry({ action: 'participant.remove', detail: { participantId: 'utrans' } }),
      names,
    );
    expect(removed.summary).toContain('Olga Translator (language services)');
    const languages = describeAuditEntry(
      entry({
        action: 'session.languages',
        detail: {
          languages: [
            { tag: 'en', authentic: true },
            { tag: 'zh-Hant', authentic: false },
          ],
        },
      }),
      names,
    );
    expect(languages.summary).toBe(
      'Ada Chair (mediator) set the languages to English (negotiated) and Traditional Chinese (not authentic).',
    );
    const parallel = describeAuditEntry(
      entry({
        action: 'session.languages',
        detail: { languages: [{ tag: 'en' }, { tag: 'ru' }], inParallel: true },
      }),
      names,
    );
    expect(parallel.summary).toBe(
      'Ada Chair (mediator) set the languages to English (negotiated) and Russian, negotiated in parallel.',
    );
  });

  it('tells an alignment of a language version with the language it was aligned with', () => {
    const aligned = describeAuditEntry(
      entry({
        participantId: 'utrans' as ParticipantId,
        role: 'languageServices',
        action: 'clause.alignLanguage',
        detail: { clauseId: 'ctwo', language: 'ru', source: 'en' },
      }),
      names,
    );
    expect(aligned.summary).toBe(
      'Olga Translator (language services) aligned the Russian version of clause 2 with English.',
    );
  });

  it('tells a tabling with the room it came from and what it became', () => {
    const fromGroup = describeAuditEntry(
      entry({
        participantId: 'uanna' as ParticipantId,
        role: 'delegate',
        action: 'draft.table',
        detail: {
          as: 'clause',
          clauseId: 'ctwo',
          heading: 'Inspections',
          origin: { kind: 'workingGroup', name: 'Verification', breakoutId: 'b1' },
        },
      }),
      names,
    );
    expect(fromGroup.summary).toBe(
      "Anna Kowalska (Group of participating States) tabled a draft 'Inspections' from the working group 'Verification' as a new clause, clause 2.",
    );
    const fromCaucus = describeAuditEntry(
      entry({
        action: 'draft.table',
        detail: { as: 'proposal', clauseId: 'cpre', origin: { kind: 'caucus', name: 'the Russian Federation' } },
      }),
      names,
    );
    expect(fromCaucus.summary).toBe(
      'Ada Chair (mediator) tabled a draft from the caucus of the Russian Federation as a textual proposal on preambular paragraph PP1.',
    );
    const allowed = describeAuditEntry(
      entry({ action: 'session.workingGroupsMayTable', detail: { allowed: true } }),
      names,
    );
    expect(allowed.summary).toBe('Ada Chair (mediator) allowed working groups to table their drafts.');
  });

  it('quotes the bracketed words when the entry has them', () => {
    const told = describeAuditEntry(
      entry({
        participantId: 'uanna' as ParticipantId,
        role: 'delegate',
        action: 'bracket.added',
        detail: { holder: RUSSIA, reason: 'substance', clauseId: 'ctwo', words: '9,000 troops' },
      }),
      names,
    );
    expect(told.summary).toBe(
      "Anna Kowalska (Group of participating States) set the bracket 'Substance' of the Russian Federation around '9,000 troops' in clause 2.",
    );
  });

  it('names a mediator-held bracket’s holder “the mediator”, and tells a reassignment with the words', () => {
    const lifted = describeAuditEntry(
      entry({ action: 'bracket.lifted', detail: { holder: MEDIATOR_HOLDER, reason: 'other', clauseId: 'ctwo' } }),
      names,
    );
    expect(lifted.summary).toBe("Ada Chair (mediator) lifted the bracket 'Other' of the mediator in clause 2.");
    const given = describeAuditEntry(
      entry({
        action: 'bracket.reassign',
        detail: { clauseId: 'ctwo', from: MEDIATOR_HOLDER, to: RUSSIA, words: '9,000 troops', brackets: 1 },
      }),
      names,
    );
    expect(given.summary).toBe(
      "Ada Chair (mediator) gave the bracket around '9,000 troops' held by the mediator in clause 2 to the Russian Federation.",
    );
    const imported = describeAuditEntry(
      entry({ action: 'clause.import', detail: { clauses: 3, brackets: 2, holder: MEDIATOR_HOLDER } }),
      names,
    );
    expect(imported.summary).toBe(
      'Ada Chair (mediator) imported a zero draft as 3 clauses with 2 brackets held for now by the mediator.',
    );
  });

  it('names the actor, the holder party and the clause number when a bracket is lifted', () => {
    const told = describeAuditEntry(
      entry({
        participantId: 'uanna' as ParticipantId,
        role: 'delegate',
        action: 'bracket.lifted',
        detail: { holder: RUSSIA, reason: 'awaitingInstructions', clauseId: 'ctwo' },
      }),
      names,
    );
    expect(told.summary).toBe(
      "Anna Kowalska (Group of participating States) lifted the bracket 'Awaiting instructions' of the Russian Federation in clause 2.",
    );
    expect(told.actor).toEqual({
      participantId: 'uanna',
      name: 'Anna Kowalska',
      role: 'delegate',
      partyId: GROUP,
      partyName: 'Group of participating States',
    });
  });

  it('gives status labels, before and after, never enum values or ids', () => {
    const told = describeAuditEntry(
      entry({
        action: 'clause.setStatus',
        detail: { clauseId: 'cpre', status: 'agreedAdReferendum', statusBefore: 'proposed' },
      }),
      names,
    );
    expect(told.summary).toBe(
      "Ada Chair (mediator) set the status of preambular paragraph PP1 to 'Agreed ad referendum'.",
    );
    expect(told).toMatchObject({ before: 'Proposed', after: 'Agreed ad referendum' });
  });

  it('tells the server’s own entries passively, with names in place of ids in the reason', () => {
    const told = describeAuditEntry(
      entry({
        participantId: null,
        role: 'server',
        action: 'clause.signOffsCleared',
        detail: { clauseId: 'ctwo', parties: [GROUP, RUSSIA], reason: 'the text was changed by Ivan Petrov (uivan)' },
      }),
      names,
    );
    expect(told.actor).toBeNull();
    expect(told.summary).toBe(
      'The sign-offs of Group of participating States and the Russian Federation on clause 2 were cleared because the text was changed by Ivan Petrov (the Russian Federation).',
    );
  });

  it('tells refusals with the reason, and people by name', () => {
    const refused = describeAuditEntry(
      entry({
        action: 'floor.give',
        outcome: 'refused',
        detail: { participantId: 'uivan', status: 409, reason: 'that participant is muted' },
      }),
      names,
    );
    expect(refused.summary).toBe(
      'Ada Chair (mediator) tried to give the floor to Ivan Petrov (the Russian Federation) but was refused: that participant is muted.',
    );
    const removed = describeAuditEntry(
      entry({ action: 'participant.remove', detail: { participantId: 'uanna', inviteRetired: true } }),
      names,
    );
    expect(removed.summary).toBe(
      'Ada Chair (mediator) removed Anna Kowalska (Group of participating States) from the session; the invite link they joined with was replaced.',
    );
  });

  it('degrades gracefully: removed clauses, unknown actions, missing details', () => {
    expect(describeAuditEntry(entry({ action: 'clause.lock', detail: { clauseId: 'cgone' } }), names).summary).toBe(
      'Ada Chair (mediator) locked a clause since removed.',
    );
    const unknown = describeAuditEntry(entry({ action: 'treaty.ratify', detail: {} }), names).summary;
    expect(unknown).toBe('Ada Chair (mediator) made a change (treaty ratify).');
    expect(
      describeAuditEntry(entry({ action: 'agenda.setCurrent', detail: { itemId: 'iwater' } }), names).summary,
    ).toBe("Ada Chair (mediator) took up the agenda item 'Water'.");
    const reopened = describeAuditEntry(
      entry({ action: 'clause.reopen', detail: { clauseId: 'ctwo', reason: 'a typo', textBefore: 'Old words' } }),
      names,
    );
    expect(reopened).toMatchObject({
      summary: "Ada Chair (mediator) reopened clause 2, because 'a typo'.",
      before: 'Old words',
    });
  });
});
