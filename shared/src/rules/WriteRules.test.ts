import { describe, expect, it } from 'vitest';
import type { ClauseId, ParticipantId, PartyId, SessionId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';
import { DEFAULT_SESSION_SETTINGS } from '../schema/SessionSettings.ts';
import { parseDocName } from '../sync/DocName.ts';
import type { DocumentPart } from './DocumentPart.ts';
import { mayRead } from './ReadRules.ts';
import type { WriteContext } from './WriteRules.ts';
import { mayWrite } from './WriteRules.ts';

const A = 'pa' as PartyId;
const B = 'pb' as PartyId;
const open = 'copen' as ClauseId;
const locked = 'clocked' as ClauseId;
const agreed = 'cagreed' as ClauseId;
const withdrawn = 'cwithdrawn' as ClauseId;

const people = {
  mediator: { participantId: 'u1' as ParticipantId, role: 'mediator', name: 'Chair' },
  delegateA: { participantId: 'u2' as ParticipantId, role: 'delegate', partyId: A, name: 'A1' },
  delegateB: { participantId: 'u3' as ParticipantId, role: 'delegate', partyId: B, name: 'B1' },
  observer: { participantId: 'u4' as ParticipantId, role: 'observer', name: 'Obs' },
} satisfies Record<string, Participant>;

function context(
  settings: Partial<SessionSettings> = {},
  muted: ParticipantId[] = [],
  languagesInParallel = false,
): WriteContext {
  const clauses: Record<string, { locked: boolean; status: ClauseStatus }> = {
    [open]: { locked: false, status: 'bracketed' },
    [locked]: { locked: true, status: 'proposed' },
    [agreed]: { locked: false, status: 'agreed' },
    [withdrawn]: { locked: false, status: 'withdrawn' },
  };
  return {
    settings: { ...DEFAULT_SESSION_SETTINGS, ...settings },
    isMuted: (who) => muted.includes(who.participantId),
    clauseState: (id) => clauses[id] ?? null,
    languageOfNegotiation: 'en',
    versionLanguages: ['ru'],
    languagesInParallel,
  };
}

const parts: Record<string, DocumentPart> = {
  meta: { kind: 'meta' },
  agenda: { kind: 'agenda' },
  clauseSet: { kind: 'clauseSet' },
  statementA: { kind: 'statement', partyId: A },
  statementB: { kind: 'statement', partyId: B },
  openClauseText: { kind: 'clauseText', clauseId: open },
  lockedClauseText: { kind: 'clauseText', clauseId: locked },
  agreedClauseText: { kind: 'clauseText', clauseId: agreed },
  withdrawnClauseText: { kind: 'clauseText', clauseId: withdrawn },
  missingClauseText: { kind: 'clauseText', clauseId: 'cnone' as ClauseId },
  openClauseRussian: { kind: 'clauseVersion', clauseId: open, language: 'ru' },
  lockedClauseRussian: { kind: 'clauseVersion', clauseId: locked, language: 'ru' },
  agreedClauseRussian: { kind: 'clauseVersion', clauseId: agreed, language: 'ru' },
  clauseControl: { kind: 'clauseControl', clauseId: open },
  moderation: { kind: 'moderation' },
  roomNotes: { kind: 'roomNotes' },
};

// DESIGN.md "Who may write what", one row per part: mediator, delegate of A, delegate of B, observer.
const EXPECTED: Record<keyof typeof parts, [boolean, boolean, boolean, boolean]> = {
  meta: [true, false, false, false],
  agenda: [true, false, false, false],
  clauseSet: [true, false, false, false],
  statementA: [true, true, false, false],
  statementB: [true, false, true, false],
  openClauseText: [true, true, true, false],
  lockedClauseText: [true, false, false, false],
  // An agreed clause's words are read-only for everyone, the mediator included, until it is reopened.
  agreedClauseText: [false, false, false, false],
  withdrawnClauseText: [true, false, false, false],
  missingClauseText: [true, false, false, false],
  // In the usual mode the versions follow the language of negotiation: delegates read them.
  openClauseRussian: [true, false, false, false],
  lockedClauseRussian: [true, false, false, false],
  agreedClauseRussian: [false, false, false, false],
  clauseControl: [false, false, false, false],
  moderation: [false, false, false, false],
  roomNotes: [true, true, true, false],
};

describe('mayWrite follows the table of DESIGN.md', () => {
  for (const [partName, part] of Object.entries(parts)) {
    const row = EXPECTED[partName as keyof typeof parts] ?? [false, false, false, false];
    (['mediator', 'delegateA', 'delegateB', 'observer'] as const).forEach((who, column) => {
      it(`${who} ${row[column] ? 'may' : 'may not'} write ${partName}`, () => {
        const verdict = mayWrite(people[who], part, context());
        expect(verdict.allowed).toBe(row[column]);
        if (!verdict.allowed) expect(verdict.reason.length).toBeGreaterThan(10);
      });
    });
  }
});

describe('session state narrows rights', () => {
  it('One-Text mode: only the mediator edits clause text; delegates keep their statements', () => {
    const ctx = context({ oneText: true });
    expect(mayWrite(people.mediator, parts.openClauseText as DocumentPart, ctx).allowed).toBe(true);
    const refused = mayWrite(people.delegateA, parts.openClauseText as DocumentPart, ctx);
    expect(refused).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('One-Text'),
      why: { code: 'oneText' },
    });
    expect(mayWrite(people.delegateA, parts.statementA as DocumentPart, ctx).allowed).toBe(true);
  });

  it('a frozen session is read-only for all but the mediator', () => {
    const ctx = context({ frozen: true });
    expect(mayWrite(people.delegateA, parts.statementA as DocumentPart, ctx)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('frozen'),
    });
    expect(mayWrite(people.mediator, parts.agenda as DocumentPart, ctx).allowed).toBe(true);
  });

  it('a muted delegate writes nothing until unmuted', () => {
    const ctx = context({}, [people.delegateA.participantId]);
    expect(mayWrite(people.delegateA, parts.openClauseText as DocumentPart, ctx).allowed).toBe(false);
    expect(mayWrite(people.delegateB, parts.openClauseText as DocumentPart, ctx).allowed).toBe(true);
  });
});

describe('language versions (issue 15)', () => {
  const translator: Participant = { participantId: 'u5' as ParticipantId, role: 'languageServices', name: 'T' };
  const version = (clauseId: ClauseId, language = 'ru'): DocumentPart => ({
    kind: 'clauseVersion',
    clauseId,
    language,
  });

  it('language services write the versions other than the language of negotiation, and nothing else', () => {
    const ctx = context();
    expect(mayWrite(translator, version(open), ctx).allowed).toBe(true);
    // A lock holds delegates back, not the translation of what they negotiate.
    expect(mayWrite(translator, version(locked), ctx).allowed).toBe(true);
    expect(mayWrite(translator, version(agreed), ctx)).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('read-only for everyone'),
    });
    expect(mayWrite(translator, version(open, 'en'), ctx).allowed).toBe(false);
    // A language dropped from the session leaves its (empty) records behind: nobody writes them.
    expect(mayWrite(translator, version(open, 'de'), ctx)).toMatchObject({
      allowed: false,
      why: { code: 'notASessionLanguage', language: 'de' },
    });
    expect(mayWrite(people.mediator, version(open, 'de'), ctx).allowed).toBe(false);
    expect(mayWrite(translator, version('cnone' as ClauseId), ctx).allowed).toBe(false);
    for (const name of ['meta', 'agenda', 'clauseSet', 'statementA', 'openClauseText', 'clauseControl', 'roomNotes']) {
      const verdict = mayWrite(translator, parts[name] as DocumentPart, ctx);
      expect(verdict.allowed, name).toBe(false);
    }
    expect(mayWrite(translator, version(open), context({ frozen: true })).allowed).toBe(false);
    expect(mayWrite(translator, version(open), context({}, [translator.participantId])).allowed).toBe(false);
  });

  it('in parallel, delegates write a version as they write the original', () => {
    const ctx = context({}, [], true);
    expect(mayWrite(people.delegateA, version(open), ctx).allowed).toBe(true);
    expect(mayWrite(people.delegateA, version(locked), ctx).allowed).toBe(false);
    expect(mayWrite(people.delegateA, version(agreed), ctx).allowed).toBe(false);
    expect(mayWrite(people.observer, version(open), ctx).allowed).toBe(false);
    const oneText = context({ oneText: true }, [], true);
    expect(mayWrite(people.delegateA, version(open), oneText).allowed).toBe(false);
    expect(mayWrite(people.delegateA, version(open), oneText, true).allowed).toBe(true);
    expect(mayWrite(people.delegateA, version(open), context())).toMatchObject({
      allowed: false,
      reason: expect.stringContaining('follow the language of negotiation'),
    });
  });
});

describe('mayRead', () => {
  const session = 's1' as SessionId;
  const doc = (name: string) => {
    const ref = parseDocName(name);
    if (!ref) throw new Error(`bad name ${name}`);
    return ref;
  };
  it.each([
    ['mediator', 's1', true],
    ['mediator', 's1/caucus/pa', true],
    ['mediator', 's1/mediator', true],
    ['delegateA', 's1', true],
    ['delegateA', 's1/caucus/pa', true],
    ['delegateA', 's1/caucus/pb', false],
    ['delegateA', 's1/mediator', false],
    ['observer', 's1', true],
    ['observer', 's1/caucus/pa', false],
    ['observer', 's1/mediator', false],
    ['mediator', 's2', false],
  ] as const)('%s reading %s: %s', (who, name, allowed) => {
    expect(mayRead({ ...people[who], sessionId: session }, doc(name))).toBe(allowed);
  });
});
