import { CLAUSE_STATUS_NAMES, ROLE_PLURAL_NAMES } from '../display/DisplayNames.ts';
import type { PartyId } from '../ids.ts';
import type { CommandType } from '../protocol/Commands.ts';
import type { Role } from '../Role.ts';
import { holderName } from '../schema/Bracket.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';
import { isWordingFrozen } from '../schema/ClauseStatus.ts';
import type { OpenBracket } from './openBrackets.ts';
import { describePendingSuggestions } from './pendingSuggestions.ts';

/**
 * The life of a clause (DOMAIN.md) as one state machine, shared by the server (which decides) and
 * the client (which only offers what would be allowed). Two things move a clause:
 * - its content: a clause whose text holds an open bracket, or that has two or more options not yet
 *   collapsed, *is* bracketed, and stops being so once they are gone (`statusFromContent`);
 * - named transitions, each made by one command, by some roles, from some statuses, under
 *   preconditions (`CLAUSE_TRANSITIONS`, `checkTransition`).
 * Agreement comes only from every party's sign-off, or from the chair's explicit, recorded
 * "agreed, no objection"; an agreed clause is read-only for everyone until it is reopened.
 */
export type ClauseTransition =
  | 'propose'
  | 'markPlaceholder'
  | 'signOff'
  | 'confirmSignOff'
  | 'withdrawSignOff'
  | 'agreeWithoutObjection'
  | 'adopt'
  | 'reopen'
  | 'withdraw';

export interface TransitionRule {
  /** The command that makes it. */
  readonly command: CommandType;
  readonly roles: readonly Role[];
  readonly from: readonly ClauseStatus[];
  /** Refused while the clause is bracketed: words still in brackets, or options to choose from. */
  readonly needsOneText: boolean;
  /** "be signed off": completes "A clause that is Withdrawn cannot …". */
  readonly verb: string;
}

const MEDIATOR: readonly Role[] = ['mediator'];
const DELEGATE: readonly Role[] = ['delegate'];

export const CLAUSE_TRANSITIONS: Readonly<Record<ClauseTransition, TransitionRule>> = {
  /** A placeholder gets words, or a withdrawn clause comes back; the status then follows the text. */
  propose: {
    command: 'clause.setStatus',
    roles: MEDIATOR,
    from: ['placeholder', 'withdrawn'],
    needsOneText: false,
    verb: 'be made Proposed',
  },
  markPlaceholder: {
    command: 'clause.setStatus',
    roles: MEDIATOR,
    from: ['proposed', 'bracketed'],
    needsOneText: true,
    verb: 'be made a Placeholder',
  },
  /** A party accepts the words; the last party's sign-off makes the clause agreed (ad referendum if any said so). */
  signOff: {
    command: 'clause.signOff',
    roles: DELEGATE,
    from: ['proposed'],
    needsOneText: true,
    verb: 'be signed off',
  },
  /** A party whose capital confirmed replaces its ad referendum sign-off by a plain one. */
  confirmSignOff: {
    command: 'clause.signOff',
    roles: DELEGATE,
    from: ['proposed', 'agreedAdReferendum'],
    needsOneText: true,
    verb: 'have a sign-off confirmed',
  },
  /** A party takes back its own sign-off; an agreed clause opens again for everyone. */
  withdrawSignOff: {
    command: 'clause.withdrawSignOff',
    roles: DELEGATE,
    from: ['proposed', 'bracketed', 'agreedAdReferendum', 'agreed'],
    needsOneText: false,
    verb: 'have a sign-off withdrawn',
  },
  /** The chair's "agreed, no objection", recorded like every command and seen by every party. */
  agreeWithoutObjection: {
    command: 'clause.agreeWithoutObjection',
    roles: MEDIATOR,
    from: ['proposed'],
    needsOneText: true,
    verb: 'be declared agreed',
  },
  adopt: { command: 'clause.setStatus', roles: MEDIATOR, from: ['agreed'], needsOneText: true, verb: 'be adopted' },
  /** Clears the sign-offs and lets the words change again; who, why and the text are recorded. */
  reopen: {
    command: 'clause.reopen',
    roles: MEDIATOR,
    from: ['agreedAdReferendum', 'agreed', 'adopted'],
    needsOneText: false,
    verb: 'be reopened',
  },
  withdraw: {
    command: 'clause.setStatus',
    roles: MEDIATOR,
    from: ['placeholder', 'proposed', 'bracketed'],
    needsOneText: false,
    verb: 'be withdrawn',
  },
};

export const CLAUSE_TRANSITION_NAMES = Object.keys(CLAUSE_TRANSITIONS) as ClauseTransition[];

/** What of a clause's content its status depends on. */
export interface ClauseContent {
  readonly brackets: readonly OpenBracket[];
  /** Labels of the options not yet collapsed. */
  readonly options: readonly string[];
  /**
   * Suggestions not yet accepted or rejected (their party, null for the mediator's): nobody signs
   * or agrees words still under proposal. They do not make the clause bracketed.
   */
  readonly suggestions?: readonly { readonly party: string | null }[];
}

export interface ClauseSignOffFacts {
  readonly adReferendum: boolean;
}

/** Everything a transition's preconditions read. */
export interface ClauseFacts {
  readonly status: ClauseStatus;
  readonly content: ClauseContent;
  readonly signoffs: ReadonlyMap<PartyId, ClauseSignOffFacts>;
  /** Every party of the session, for "every party signed" and for names in reasons. */
  readonly parties: readonly { readonly id: PartyId; readonly name: string }[];
}

export interface TransitionActor {
  readonly role: Role;
  readonly partyId?: PartyId | undefined;
}

/**
 * Why a transition is refused, as data (the `reason` is the same in English words): the room words it
 * in the reader's language from these facts and its own list of parties.
 */
export type TransitionRefusal =
  | { readonly code: 'roleMayNot'; readonly transition: ClauseTransition; readonly role: Role }
  | { readonly code: 'notOneText'; readonly transition: ClauseTransition; readonly content: ClauseContent }
  | {
      readonly code: 'wrongStatus';
      readonly transition: ClauseTransition;
      readonly status: ClauseStatus;
      readonly from: readonly ClauseStatus[];
      readonly reopenFirst: boolean;
    }
  | { readonly code: 'delegatesOnly'; readonly transition: ClauseTransition }
  | { readonly code: 'alreadySignedOff' }
  | { readonly code: 'noAdReferendumToConfirm' }
  | { readonly code: 'notSignedOff' }
  | { readonly code: 'alreadyStatus'; readonly status: ClauseStatus }
  | { readonly code: 'bracketedByText' }
  | { readonly code: 'agreedBySignOffs'; readonly status: ClauseStatus }
  | { readonly code: 'staysBracketed'; readonly content: ClauseContent }
  /** An authentic language version is missing or stale (`versionAlignment.ts`): checked by the server. */
  | {
      readonly code: 'versionsNotAligned';
      readonly transition: ClauseTransition;
      readonly versions: readonly { readonly language: string; readonly state: 'stale' | 'missing' }[];
    };

export type TransitionVerdict =
  | { readonly allowed: true; readonly status: ClauseStatus }
  | {
      readonly allowed: false;
      readonly refusal: 'role' | 'state';
      readonly reason: string;
      readonly why: TransitionRefusal;
    };

/** Bracketed by content: open brackets anywhere in the clause, or two or more options to choose from. */
export function isBracketedContent(content: ClauseContent): boolean {
  return content.brackets.length > 0 || content.options.length >= 2;
}

/** The status a clause's content makes it: bracketed while it holds brackets or options; proposed once it no longer does. */
export function statusFromContent(status: ClauseStatus, content: ClauseContent): ClauseStatus {
  if (status === 'withdrawn') return status;
  if (isBracketedContent(content)) return 'bracketed';
  return status === 'bracketed' ? 'proposed' : status;
}

/** The status sign-offs make: agreed once every party signed, ad referendum if any party said so; else null. */
export function statusFromSignOffs(
  signoffs: ReadonlyMap<PartyId, ClauseSignOffFacts>,
  parties: readonly { readonly id: PartyId }[],
): 'agreed' | 'agreedAdReferendum' | null {
  if (parties.length === 0 || !parties.every((party) => signoffs.has(party.id))) return null;
  return parties.some((party) => signoffs.get(party.id)?.adReferendum) ? 'agreedAdReferendum' : 'agreed';
}

const quote = (words: string) => `“${words.length > 60 ? `${words.slice(0, 57)}…` : words}”`;

/**
 * Why a clause is not yet one text, in words a delegate understands, or null when it is: the open
 * brackets with their holder's name and words, and the options still to choose from.
 */
export function describeOpenContent(
  content: ClauseContent,
  parties: readonly { readonly id: PartyId; readonly name: string }[],
): string | null {
  const parts: string[] = [];
  if (content.brackets.length > 0) {
    const listed = content.brackets.map((bracket) => {
      const holder = holderName(bracket.holder, parties);
      const where = bracket.field.kind === 'option' ? ` (in ${bracket.field.label})` : '';
      return `${quote(bracket.words)} held by ${holder}${where}`;
    });
    const one = content.brackets.length === 1;
    parts.push(`${one ? 'an open bracket' : `${content.brackets.length} open brackets`}: ${listed.join('; ')}`);
  }
  if (content.options.length > 0) {
    const n = content.options.length;
    parts.push(`${n === 1 ? 'an option' : `${n} options`} not yet collapsed (${content.options.join(', ')})`);
  }
  const suggestions = describePendingSuggestions(content.suggestions ?? [], parties);
  if (suggestions !== null) parts.push(suggestions);
  return parts.length === 0 ? null : `it still has ${parts.join(', and ')}`;
}

const names = (statuses: readonly ClauseStatus[]) => statuses.map((s) => CLAUSE_STATUS_NAMES[s]).join(' or ');
const refuse = (refusal: 'role' | 'state', reason: string, why: TransitionRefusal): TransitionVerdict => ({
  allowed: false,
  refusal,
  reason,
  why,
});

/** May `actor` make `transition` on a clause in this state, and what status follows. */
export function checkTransition(
  transition: ClauseTransition,
  facts: ClauseFacts,
  actor: TransitionActor,
  /** For a sign-off: whether it is ad referendum. */
  adReferendum = false,
): TransitionVerdict {
  const rule = CLAUSE_TRANSITIONS[transition];
  if (!rule.roles.includes(actor.role)) {
    return refuse('role', `A clause cannot ${rule.verb} by ${ROLE_PLURAL_NAMES[actor.role]}.`, {
      code: 'roleMayNot',
      transition,
      role: actor.role,
    });
  }
  const open = describeOpenContent(facts.content, facts.parties);
  if (rule.needsOneText) {
    // A single option is not a choice yet either: nobody signs words that may still be replaced.
    const blocking =
      isBracketedContent(facts.content) ||
      facts.content.options.length > 0 ||
      (facts.content.suggestions?.length ?? 0) > 0;
    if (blocking && open !== null)
      return refuse('state', `The clause cannot ${rule.verb}: ${open}.`, {
        code: 'notOneText',
        transition,
        content: facts.content,
      });
  }
  if (!rule.from.includes(facts.status)) {
    const reopen = isWordingFrozen(facts.status) && actor.role === 'mediator' ? ' Reopen it first.' : '';
    return refuse(
      'state',
      `A clause that is ${CLAUSE_STATUS_NAMES[facts.status]} cannot ${rule.verb}; only one that is ${names(rule.from)} can.${reopen}`,
      { code: 'wrongStatus', transition, status: facts.status, from: rule.from, reopenFirst: reopen !== '' },
    );
  }
  const own = actor.partyId === undefined ? undefined : facts.signoffs.get(actor.partyId);
  switch (transition) {
    case 'signOff': {
      if (actor.partyId === undefined)
        return refuse('role', 'Only a delegate of a party signs off.', { code: 'delegatesOnly', transition });
      if (own) return refuse('state', 'Your party has already signed off this clause.', { code: 'alreadySignedOff' });
      const after = new Map(facts.signoffs).set(actor.partyId, { adReferendum });
      return { allowed: true, status: statusFromSignOffs(after, facts.parties) ?? facts.status };
    }
    case 'confirmSignOff': {
      if (actor.partyId === undefined)
        return refuse('role', 'Only a delegate of a party confirms a sign-off.', { code: 'delegatesOnly', transition });
      if (!own?.adReferendum)
        return refuse('state', 'Your party has no sign-off ad referendum on this clause to confirm.', {
          code: 'noAdReferendumToConfirm',
        });
      const after = new Map(facts.signoffs).set(actor.partyId, { adReferendum: false });
      return { allowed: true, status: statusFromSignOffs(after, facts.parties) ?? facts.status };
    }
    case 'withdrawSignOff': {
      if (!own) return refuse('state', 'Your party has not signed off this clause.', { code: 'notSignedOff' });
      return {
        allowed: true,
        status: statusFromContent(isWordingFrozen(facts.status) ? 'proposed' : facts.status, facts.content),
      };
    }
    case 'propose':
    case 'reopen':
      return { allowed: true, status: statusFromContent('proposed', facts.content) };
    case 'markPlaceholder':
      return { allowed: true, status: 'placeholder' };
    case 'agreeWithoutObjection':
      return { allowed: true, status: 'agreed' };
    case 'adopt':
      return { allowed: true, status: 'adopted' };
    case 'withdraw':
      return { allowed: true, status: 'withdrawn' };
  }
}

/**
 * `clause.setStatus` as a transition: the statuses a mediator may ask for by hand, and why the
 * others are not theirs to set (bracketed follows from the text; agreed from the parties).
 */
export function checkSetStatus(target: ClauseStatus, facts: ClauseFacts, actor: TransitionActor): TransitionVerdict {
  if (target === facts.status)
    return refuse('state', `The clause is already ${CLAUSE_STATUS_NAMES[target]}.`, {
      code: 'alreadyStatus',
      status: target,
    });
  switch (target) {
    case 'bracketed':
      return refuse(
        'state',
        'A clause is Bracketed by its text: it becomes so when words are put in brackets or a second option is added.',
        { code: 'bracketedByText' },
      );
    case 'agreed':
    case 'agreedAdReferendum':
      return refuse(
        'state',
        `A clause becomes ${CLAUSE_STATUS_NAMES[target]} only when every party signs it off (or when the mediator records “agreed, no objection”).`,
        { code: 'agreedBySignOffs', status: target },
      );
    case 'proposed': {
      if (facts.status === 'bracketed') {
        const open = describeOpenContent(facts.content, facts.parties);
        return refuse('state', `The clause stays Bracketed while ${open ?? 'it holds brackets or options'}.`, {
          code: 'staysBracketed',
          content: facts.content,
        });
      }
      return checkTransition('propose', facts, actor);
    }
    case 'placeholder':
      return checkTransition('markPlaceholder', facts, actor);
    case 'adopted':
      return checkTransition('adopt', facts, actor);
    case 'withdrawn':
      return checkTransition('withdraw', facts, actor);
  }
}
