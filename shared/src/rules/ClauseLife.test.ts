import { describe, expect, it } from 'vitest';
import type { PartyId } from '../ids.ts';
import type { Role } from '../Role.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';
import type {
  ClauseContent,
  ClauseFacts,
  ClauseSignOffFacts,
  ClauseTransition,
  TransitionActor,
} from './ClauseLife.ts';
import {
  CLAUSE_TRANSITION_NAMES,
  checkSetStatus,
  checkTransition,
  describeOpenContent,
  statusFromContent,
  statusFromSignOffs,
} from './ClauseLife.ts';

const A = 'pa' as PartyId;
const B = 'pb' as PartyId;
const PARTIES = [
  { id: A, name: 'Ruritania' },
  { id: B, name: 'Граница' },
];
const ACTORS: Record<Role, TransitionActor> = {
  mediator: { role: 'mediator' },
  delegate: { role: 'delegate', partyId: A },
  observer: { role: 'observer' },
  languageServices: { role: 'languageServices' },
};
const STATUSES = clauseStatusSchema.options;

const CLEAN: ClauseContent = { brackets: [], options: [] };
const BRACKETED: ClauseContent = {
  brackets: [{ holder: B, reason: 'substance', note: null, words: '9,000 troops', field: { kind: 'body' } }],
  options: [],
};

/** Sign-offs consistent with each status; party A's is ad referendum where that fits, so it can be confirmed or withdrawn. */
function signoffsFor(status: ClauseStatus, transition: ClauseTransition): Map<PartyId, ClauseSignOffFacts> {
  if (status === 'agreed' || status === 'adopted')
    return new Map([
      [A, { adReferendum: false }],
      [B, { adReferendum: false }],
    ]);
  if (status === 'agreedAdReferendum')
    return new Map([
      [A, { adReferendum: true }],
      [B, { adReferendum: false }],
    ]);
  return transition === 'signOff' ? new Map() : new Map([[A, { adReferendum: true }]]);
}

function factsFor(status: ClauseStatus, transition: ClauseTransition): ClauseFacts {
  return {
    status,
    content: status === 'bracketed' ? BRACKETED : CLEAN,
    signoffs: signoffsFor(status, transition),
    parties: PARTIES,
  };
}

/**
 * Who may make each transition from each status (columns in the order of the statuses: placeholder,
 * proposed, bracketed, agreed ad referendum, agreed, adopted, withdrawn). M: the mediator only;
 * D: a delegate only; '.': nobody. Written out by hand, so a change to the rules must change it too.
 */
const GRID: Record<ClauseTransition, string> = {
  propose: /*                */ 'M . . . . . M',
  markPlaceholder: /*        */ '. M . . . . .',
  signOff: /*                */ '. D . . . . .',
  confirmSignOff: /*         */ '. D . D . . .',
  withdrawSignOff: /*        */ '. D D D D . .',
  agreeWithoutObjection: /*  */ '. M . . . . .',
  adopt: /*                  */ '. . . . M . .',
  reopen: /*                 */ '. . . M M M .',
  withdraw: /*               */ 'M M M . . . .',
};

describe('[LIFE1] every (status, transition, role) cell of the clause life', () => {
  it('the grid names every transition', () => {
    expect(Object.keys(GRID).sort()).toEqual([...CLAUSE_TRANSITION_NAMES].sort());
  });
  for (const transition of CLAUSE_TRANSITION_NAMES) {
    const cells = (GRID[transition] ?? '').split(' ');
    STATUSES.forEach((status, column) => {
      for (const role of ['mediator', 'delegate', 'observer'] as const) {
        const letter = role === 'mediator' ? 'M' : role === 'delegate' ? 'D' : '-';
        const expected = cells[column] === letter;
        it(`${transition} from ${status} by a ${role}: ${expected ? 'allowed' : 'refused'}`, () => {
          const verdict = checkTransition(transition, factsFor(status, transition), ACTORS[role]);
          expect(verdict.allowed).toBe(expected);
          if (!verdict.allowed) {
            // A refusal is a sentence for a person: no internal status value in it.
            expect(verdict.reason).not.toMatch(/agreedAdReferendum|underDiscussion|notRetained/);
            // A role that never makes this transition is refused as such (403); otherwise the state is (409).
            expect(verdict.refusal).toBe(cells.includes(letter) ? 'state' : 'role');
          }
        });
      }
    });
  }
});

describe('[LIFE2] status follows content', () => {
  it('open brackets or two options make a clause bracketed; lifting them makes it proposed again', () => {
    expect(statusFromContent('proposed', BRACKETED)).toBe('bracketed');
    expect(statusFromContent('placeholder', BRACKETED)).toBe('bracketed');
    expect(statusFromContent('proposed', { brackets: [], options: ['Option 1', 'Option 2'] })).toBe('bracketed');
    expect(statusFromContent('proposed', { brackets: [], options: ['Option 1'] })).toBe('proposed');
    expect(statusFromContent('bracketed', CLEAN)).toBe('proposed');
    expect(statusFromContent('placeholder', CLEAN)).toBe('placeholder');
    expect(statusFromContent('withdrawn', BRACKETED)).toBe('withdrawn');
    // An agreed clause holding a bracket (old data) is bracketed: brackets are never "agreed".
    expect(statusFromContent('agreed', BRACKETED)).toBe('bracketed');
  });
});

describe('[LIFE3] agreement comes from sign-offs', () => {
  it('every party signed: agreed; any ad referendum: agreed ad referendum; otherwise nothing', () => {
    expect(statusFromSignOffs(new Map([[A, { adReferendum: false }]]), PARTIES)).toBeNull();
    expect(
      statusFromSignOffs(
        new Map([
          [A, { adReferendum: false }],
          [B, { adReferendum: false }],
        ]),
        PARTIES,
      ),
    ).toBe('agreed');
    expect(
      statusFromSignOffs(
        new Map([
          [A, { adReferendum: false }],
          [B, { adReferendum: true }],
        ]),
        PARTIES,
      ),
    ).toBe('agreedAdReferendum');
  });

  it('the last sign-off makes the clause agreed, ad referendum if it says so', () => {
    const facts: ClauseFacts = {
      status: 'proposed',
      content: CLEAN,
      signoffs: new Map([[B, { adReferendum: false }]]),
      parties: PARTIES,
    };
    expect(checkTransition('signOff', facts, ACTORS.delegate)).toEqual({ allowed: true, status: 'agreed' });
    expect(checkTransition('signOff', facts, ACTORS.delegate, true)).toEqual({
      allowed: true,
      status: 'agreedAdReferendum',
    });
    const first: ClauseFacts = { ...facts, signoffs: new Map() };
    expect(checkTransition('signOff', first, ACTORS.delegate)).toEqual({ allowed: true, status: 'proposed' });
  });

  it('confirming the last ad referendum sign-off makes the clause agreed', () => {
    const facts = factsFor('agreedAdReferendum', 'confirmSignOff');
    expect(checkTransition('confirmSignOff', facts, ACTORS.delegate)).toEqual({ allowed: true, status: 'agreed' });
  });

  it('withdrawing a sign-off of an agreed clause makes it proposed again (bracketed if its text says so)', () => {
    expect(checkTransition('withdrawSignOff', factsFor('agreed', 'withdrawSignOff'), ACTORS.delegate)).toEqual({
      allowed: true,
      status: 'proposed',
    });
  });

  it('reopening sets the status from the content', () => {
    expect(checkTransition('reopen', factsFor('agreed', 'reopen'), ACTORS.mediator)).toEqual({
      allowed: true,
      status: 'proposed',
    });
    expect(checkTransition('reopen', { ...factsFor('agreed', 'reopen'), content: BRACKETED }, ACTORS.mediator)).toEqual(
      { allowed: true, status: 'bracketed' },
    );
  });
});

describe('[LIFE4] a bracketed clause is refused with the brackets or options named', () => {
  const bracketed: ClauseFacts = { status: 'proposed', content: BRACKETED, signoffs: new Map(), parties: PARTIES };
  it('sign-off: names the holder party and the bracketed words', () => {
    const verdict = checkTransition('signOff', bracketed, ACTORS.delegate);
    expect(verdict).toMatchObject({ allowed: false, refusal: 'state' });
    if (!verdict.allowed)
      expect(verdict.reason).toBe(
        'The clause cannot be signed off: it still has an open bracket: “9,000 troops” held by Граница.',
      );
  });
  it('agreed, no objection: names the options', () => {
    const options: ClauseFacts = { ...bracketed, content: { brackets: [], options: ['Option 1', 'Option 2'] } };
    const verdict = checkTransition('agreeWithoutObjection', options, ACTORS.mediator);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('2 options not yet collapsed (Option 1, Option 2)');
  });
  it('a single option still blocks a sign-off', () => {
    const verdict = checkTransition(
      'signOff',
      { ...bracketed, content: { brackets: [], options: ['No text'] } },
      ACTORS.delegate,
    );
    expect(verdict.allowed).toBe(false);
  });
  it('describes both at once, and nothing for a clean clause', () => {
    expect(describeOpenContent({ brackets: BRACKETED.brackets, options: ['Option 1', 'Option 2'] }, PARTIES)).toBe(
      'it still has an open bracket: “9,000 troops” held by Граница, and 2 options not yet collapsed (Option 1, Option 2)',
    );
    expect(describeOpenContent(CLEAN, PARTIES)).toBeNull();
  });
});

describe('[LIFE5] clause.setStatus offers only what the mediator may set by hand', () => {
  const proposed: ClauseFacts = { status: 'proposed', content: CLEAN, signoffs: new Map(), parties: PARTIES };
  it('never agreed or agreed ad referendum, never bracketed', () => {
    for (const target of ['agreed', 'agreedAdReferendum', 'bracketed'] as const) {
      const verdict = checkSetStatus(target, proposed, ACTORS.mediator);
      expect(verdict.allowed, target).toBe(false);
      if (!verdict.allowed) expect(verdict.reason).not.toMatch(/agreedAdReferendum/);
    }
  });
  it('adopted only from agreed; proposed not while the text holds brackets', () => {
    expect(checkSetStatus('adopted', proposed, ACTORS.mediator).allowed).toBe(false);
    expect(checkSetStatus('adopted', factsFor('agreed', 'adopt'), ACTORS.mediator)).toEqual({
      allowed: true,
      status: 'adopted',
    });
    const verdict = checkSetStatus('proposed', factsFor('bracketed', 'propose'), ACTORS.mediator);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('“9,000 troops” held by Граница');
  });
  it('withdrawn and back: the status then follows the text', () => {
    expect(checkSetStatus('withdrawn', proposed, ACTORS.mediator)).toEqual({ allowed: true, status: 'withdrawn' });
    const withdrawn: ClauseFacts = { ...proposed, status: 'withdrawn', content: BRACKETED };
    expect(checkSetStatus('proposed', withdrawn, ACTORS.mediator)).toEqual({ allowed: true, status: 'bracketed' });
  });
  it('an agreed clause is reopened, not set back by hand', () => {
    const verdict = checkSetStatus('withdrawn', factsFor('agreed', 'withdraw'), ACTORS.mediator);
    expect(verdict.allowed).toBe(false);
    if (!verdict.allowed) expect(verdict.reason).toContain('Reopen it first');
  });
});
