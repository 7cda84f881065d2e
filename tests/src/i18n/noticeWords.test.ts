import type { NoticeKind, ParticipantId, PartyId, SessionId } from '@parley/shared';
import { MEDIATOR_HOLDER, noticeFactsSchema } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { noticeWords } from '../../../client/src/room/notices/noticeWords.ts';
import type { AuditNames } from '../../../server/src/audit/AuditNames.ts';
import { describeAuditEntry } from '../../../server/src/audit/describeAuditEntry.ts';
import { noticeFacts } from '../../../server/src/notices/noticeFacts.ts';
import type { AuditEntry, ParticipantRecord } from '../../../server/src/storage/SessionStore.ts';
import { textIn } from '../helpers/noticeEnglish.ts';

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
  ]),
  parties: new Map([
    [GROUP, 'Group of participating States'],
    [RUSSIA, 'Russia'],
  ]),
  clauses: new Map([
    ['cpre', 'preambular paragraph PP1'],
    ['ctwo', 'clause 2'],
  ]),
  agendaItems: new Map(),
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
const byServer = { participantId: null, role: 'server' } as const;

/** One record entry of every kind of notice (some kinds twice, to cover their variants). */
const ENTRIES: readonly [NoticeKind, AuditEntry][] = [
  [
    'signOffsCleared',
    entry({
      ...byServer,
      action: 'clause.signOffsCleared',
      detail: {
        clauseId: 'ctwo',
        parties: [GROUP, RUSSIA],
        changedBy: 'Ivan Petrov',
        reason: 'the Russian text was changed by Ivan Petrov',
      },
    }),
  ],
  [
    'signOffsCleared',
    entry({
      ...byServer,
      action: 'clause.signOffsCleared',
      detail: {
        clauseId: 'cpre',
        parties: [GROUP],
        changedBy: 'Ada Chair',
        reason: 'the text was changed by Ada Chair',
      },
    }),
  ],
  ['clauseReopened', entry({ action: 'clause.reopen', detail: { clauseId: 'cpre', reason: 'Russia asked for it.' } })],
  [
    'bracketLifted',
    entry({
      participantId: 'uivan' as ParticipantId,
      role: 'delegate',
      action: 'bracket.lifted',
      detail: { clauseId: 'ctwo', reason: 'substance', note: 'capitals', holder: GROUP, words: 'monthly' },
    }),
  ],
  [
    'bracketGiven',
    entry({
      action: 'bracket.reassign',
      detail: { clauseId: 'ctwo', from: MEDIATOR_HOLDER, to: RUSSIA, words: 'in Geneva', brackets: 2 },
    }),
  ],
  ['bracketGiven', entry({ action: 'bracket.reassign', detail: { clauseId: 'ctwo', from: GROUP, to: RUSSIA } })],
  ['floorGiven', entry({ action: 'floor.give', detail: { participantId: 'uanna' } })],
  ['floorGiven', entry({ action: 'floor.next', detail: { participantId: 'uanna' } })],
  ['timeUp', entry({ ...byServer, action: 'floor.timeUp', detail: { participantId: 'uanna' } })],
  ['muted', entry({ action: 'participant.mute', detail: { participantId: 'uanna' } })],
  ['unmuted', entry({ action: 'participant.unmute', detail: { participantId: 'uanna' } })],
  ['oneText', entry({ action: 'session.oneText', detail: { enabled: false } })],
  ['freeze', entry({ action: 'session.freeze', detail: { frozen: true } })],
  [
    'textTabled',
    entry({
      participantId: 'uanna' as ParticipantId,
      role: 'delegate',
      action: 'draft.table',
      detail: {
        origin: { kind: 'workingGroup', name: 'Verification' },
        heading: 'Verification',
        as: 'clause',
        clauseId: 'ctwo',
      },
    }),
  ],
  [
    'textTabled',
    entry({
      participantId: 'uivan' as ParticipantId,
      role: 'delegate',
      action: 'draft.table',
      detail: { origin: { kind: 'caucus', name: 'Russia' }, as: 'proposal', clauseId: 'cpre' },
    }),
  ],
  [
    'suggestionAccepted',
    entry({
      action: 'suggestion.accept',
      detail: {
        clauseId: 'ctwo',
        suggestions: [
          { kind: 'insertion', words: 'and verification ', by: 'uanna' },
          { kind: 'deletion', words: 'monthly', by: 'uivan' },
        ],
      },
    }),
  ],
  [
    'suggestionRejected',
    entry({ action: 'suggestion.reject', detail: { clauseId: 'ctwo', suggestionIds: ['a', 'b', 'c'] } }),
  ],
  ['suggestionRejected', entry({ action: 'suggestion.reject', detail: { clauseId: 'ctwo', partyId: RUSSIA } })],
  ['adoption', entry({ action: 'adoption.propose', detail: {} })],
  [
    'adoption',
    entry({
      participantId: 'uivan' as ParticipantId,
      role: 'delegate',
      action: 'adoption.accept',
      detail: { partyId: RUSSIA, adReferendum: true, adopted: true, revisionLabel: 'Adopted text' },
    }),
  ],
  ['silence', entry({ action: 'silence.start', detail: { until: Date.UTC(2026, 11, 2, 14, 30), clauses: null } })],
  [
    'silence',
    entry({ action: 'silence.start', detail: { until: Date.UTC(2026, 11, 2, 9, 5), clauses: ['PP1', '2'] } }),
  ],
  [
    'silence',
    entry({
      participantId: 'uanna' as ParticipantId,
      role: 'delegate',
      action: 'silence.break',
      detail: { partyId: GROUP, explanation: 'Our capital needs "annually" in clause 2.' },
    }),
  ],
  [
    'silence',
    entry({
      participantId: null,
      role: 'server',
      action: 'silence.kept',
      detail: { clauses: null, adopted: true, revisionLabel: 'Adopted text' },
    }),
  ],
  ['silence', entry({ participantId: null, role: 'server', action: 'silence.kept', detail: { clauses: ['2'] } })],
];

const factsOf = (kind: NoticeKind, e: AuditEntry) => noticeFactsSchema.parse(noticeFacts(kind, e, names, ['en', 'ru']));

describe('notices in the reader’s language', () => {
  it('covers every kind of notice', () => {
    expect(new Set(ENTRIES.map(([kind]) => kind)).size).toBe(15);
  });

  it.each(ENTRIES.map(([kind, e]) => [kind, e.action, e] as const))(
    '%s (%s): the room’s English is the server’s summary, word for word',
    (kind, _action, e) => {
      const summary = describeAuditEntry(e, names).summary;
      expect(noticeWords(factsOf(kind, e), textIn('en'), 'en')).toBe(summary);
    },
  );

  it('a lapsed sign-off names the language version and who changed it, in Russian and Arabic', () => {
    const [kind, e] = ENTRIES[0] ?? [];
    if (!kind || !e) throw new Error('no entry');
    const facts = factsOf(kind, e);
    expect(facts).toMatchObject({ changedBy: 'Ivan Petrov', language: 'ru', clause: '2', by: null });
    expect(noticeWords(facts, textIn('ru'), 'ru')).toBe(
      'Пункт 2: одобрения сторон Group of participating States и Russia сняты, поскольку текст (русский) изменён участником Ivan Petrov.',
    );
    const arabic = noticeWords(facts, textIn('ar'), 'ar');
    expect(arabic).toContain('باللغة الروسية');
    expect(arabic).toContain('البند 2');
  });

  it('a lapsed sign-off recorded before `changedBy` was kept still names who changed the words', () => {
    const old = entry({
      ...byServer,
      action: 'clause.signOffsCleared',
      detail: { clauseId: 'ctwo', parties: [GROUP], reason: 'the text was changed by Ivan Petrov (uivan)' },
    });
    expect(factsOf('signOffsCleared', old)).toMatchObject({ changedBy: 'Ivan Petrov', language: null });
    expect(noticeWords(factsOf('signOffsCleared', old), textIn('es'), 'es')).toBe(
      'Se retiraron las aprobaciones de Group of participating States en la cláusula 2, porque Ivan Petrov modificó el texto.',
    );
  });

  it('counts with the plural forms of the language and keeps typed words as typed', () => {
    const rejected = ENTRIES.find(([, e]) => Array.isArray(e.detail.suggestionIds));
    if (!rejected) throw new Error('no entry');
    expect(noticeWords(factsOf(...rejected), textIn('ru'), 'ru')).toBe(
      'Пункт 2: Ada Chair (посредник) отклоняет 3 предложения.',
    );
    expect(noticeWords(factsOf(...rejected), textIn('ar'), 'ar')).toContain('3 اقتراحات');
    const given = ENTRIES.find(([, e]) => e.detail.brackets === 2);
    if (!given) throw new Error('no entry');
    expect(noticeWords(factsOf(...given), textIn('ar'), 'ar')).toContain('زوجين من الأقواس المعقوفة');
    expect(noticeWords(factsOf(...given), textIn('zh'), 'zh')).toBe(
      'Ada Chair（调解人）将条款 2中调解人持有的围绕“in Geneva”的2 处方括号交给了Russia。',
    );
    const reopened = ENTRIES.find(([kind]) => kind === 'clauseReopened');
    if (!reopened) throw new Error('no entry');
    expect(noticeWords(factsOf(...reopened), textIn('fr'), 'fr')).toBe(
      'Ada Chair (médiateur) a rouvert l’alinéa PP1 du préambule, au motif suivant : « Russia asked for it. ».',
    );
  });
});
