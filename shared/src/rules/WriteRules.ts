import type { ClauseId } from '../ids.ts';
import type { Participant } from '../Participant.ts';
import type { Role } from '../Role.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';
import { isWordingFrozen, isWordingSettled } from '../schema/ClauseStatus.ts';
import type { SessionSettings } from '../schema/SessionSettings.ts';
import type { DocumentPart, PartKind } from './DocumentPart.ts';
import { describePart } from './DocumentPart.ts';
import type { WriteRefusal } from './WriteRefusal.ts';
import { describeWriteRefusal } from './WriteRefusal.ts';

/**
 * How a role may write a part, as data (DESIGN.md's table):
 * - `edit`: freely; `read`: never;
 * - `ownParty`: only the statements of the delegate's own party;
 * - `openClause`: only while the clause is neither locked nor settled, and not in One-Text mode;
 * - `unlessAgreed`: freely, except the words of a clause the parties agreed (ClauseLife): those
 *   are read-only for everyone until the clause is reopened, with a recorded reason;
 * - `commandOnly`: nobody writes it through sync; the server applies commands to it;
 * - `openClauseInParallel`: a language version, as `openClause`, but only in a session whose languages
 *   are negotiated in parallel (otherwise the versions follow the language of negotiation: read);
 * - `translation`: a language version other than the language of negotiation, unless the clause's
 *   words are frozen (agreed, adopted); language services write these and nothing else.
 */
export type Access =
  | 'edit'
  | 'read'
  | 'ownParty'
  | 'openClause'
  | 'unlessAgreed'
  | 'commandOnly'
  | 'openClauseInParallel'
  | 'translation';

export const WRITE_RULES: Readonly<Record<PartKind, Readonly<Record<Role, Access>>>> = {
  meta: { mediator: 'edit', delegate: 'read', observer: 'read', languageServices: 'read' },
  serverMeta: {
    mediator: 'commandOnly',
    delegate: 'commandOnly',
    observer: 'commandOnly',
    languageServices: 'commandOnly',
  },
  agenda: { mediator: 'edit', delegate: 'read', observer: 'read', languageServices: 'read' },
  clauseSet: { mediator: 'edit', delegate: 'read', observer: 'read', languageServices: 'read' },
  statement: { mediator: 'edit', delegate: 'ownParty', observer: 'read', languageServices: 'read' },
  clauseText: { mediator: 'unlessAgreed', delegate: 'openClause', observer: 'read', languageServices: 'read' },
  clauseVersion: {
    mediator: 'unlessAgreed',
    delegate: 'openClauseInParallel',
    observer: 'read',
    languageServices: 'translation',
  },
  clauseControl: {
    mediator: 'commandOnly',
    delegate: 'commandOnly',
    observer: 'commandOnly',
    languageServices: 'commandOnly',
  },
  moderation: {
    mediator: 'commandOnly',
    delegate: 'commandOnly',
    observer: 'commandOnly',
    languageServices: 'commandOnly',
  },
  roomNotes: { mediator: 'edit', delegate: 'edit', observer: 'read', languageServices: 'read' },
  // Drafts are the room's text like its notes: the same writers (who may open the room is ReadRules).
  roomDraft: { mediator: 'edit', delegate: 'edit', observer: 'read', languageServices: 'read' },
  roomTabled: {
    mediator: 'commandOnly',
    delegate: 'commandOnly',
    observer: 'commandOnly',
    languageServices: 'commandOnly',
  },
};

export interface ClauseState {
  readonly locked: boolean;
  readonly status: ClauseStatus;
}

/** The session state that rights depend on, read from the server's copy (or the client's mirror). */
export interface WriteContext {
  readonly settings: SessionSettings;
  readonly isMuted: (participant: Participant) => boolean;
  /** null when the clause does not exist (yet): then only someone who may add clauses may write it. */
  readonly clauseState: (clauseId: ClauseId) => ClauseState | null;
  /** The session's first language: the clauses' own text is in it, the versions are the others. */
  readonly languageOfNegotiation: string;
  /** The session's other languages: the versions that may be written (a dropped language's leftover record may not). */
  readonly versionLanguages: readonly string[];
  /** Whether delegates negotiate every language version as they do the original (`meta.languagesInParallel`). */
  readonly languagesInParallel: boolean;
  /**
   * Whether a running silence procedure covers a clause's words (`clauseId`), or, asked with null,
   * the list of clauses (whole-draft silence). Absent: no silence. Read-only for everyone, the
   * mediator included, until silence is broken or kept (README, "Closing the deal").
   */
  readonly underSilence?: (clauseId: ClauseId | null) => boolean;
}

/**
 * A refusal says why twice: `reason` in English words (the server's), `why` as data for the room's own
 * language (absent on a verdict the client makes up itself, whose reason is already in the reader's words).
 */
export type Verdict =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: string; readonly why?: WriteRefusal };

const ALLOWED: Verdict = { allowed: true };
const refuse = (part: DocumentPart, why: WriteRefusal): Verdict => ({
  allowed: false,
  reason: `${describePart(part)}: ${describeWriteRefusal(why)}`,
  why,
});

/**
 * The one answer to "may this participant write this part now", used by the update gate and the UI.
 * `suggesting`: the write only makes suggestions (`SuggestionRules`, judged on its effect), which a
 * delegate may make in One-Text mode too, where the mediator holds the pen.
 */
export function mayWrite(who: Participant, part: DocumentPart, context: WriteContext, suggesting = false): Verdict {
  const access = WRITE_RULES[part.kind][who.role];
  if (access === 'read') return refuse(part, { code: 'readOnlyForRole', role: who.role });
  if (access === 'commandOnly') return refuse(part, { code: 'commandsOnly' });
  if (part.kind === 'clauseVersion' && !context.versionLanguages.includes(part.language)) {
    return refuse(part, { code: 'notASessionLanguage', language: part.language });
  }
  if (context.underSilence !== undefined && silenced(part, context.underSilence)) {
    return refuse(part, { code: 'underSilence' });
  }
  if (who.role !== 'mediator') {
    if (context.settings.frozen) return refuse(part, { code: 'frozen' });
    if (context.isMuted(who)) return refuse(part, { code: 'muted' });
  }
  switch (access) {
    case 'edit':
      return ALLOWED;
    case 'ownParty':
      if (part.kind === 'statement' && who.partyId !== undefined && part.partyId === who.partyId) return ALLOWED;
      return refuse(part, { code: 'ownPartyStatementsOnly' });
    case 'openClauseInParallel':
      if (!context.languagesInParallel) return refuse(part, { code: 'versionsFollowNegotiation' });
      return openClause(part, context, suggesting);
    case 'openClause':
      return openClause(part, context, suggesting);
    case 'translation': {
      if (part.kind !== 'clauseVersion') return refuse(part, { code: 'notAVersion' });
      if (part.language === context.languageOfNegotiation)
        return refuse(part, { code: 'originalNotForLanguageServices' });
      const clause = context.clauseState(part.clauseId);
      if (clause === null) return refuse(part, { code: 'noSuchClause' });
      if (isWordingFrozen(clause.status)) return refuse(part, { code: 'wordingFrozen', status: clause.status });
      return ALLOWED;
    }
    case 'unlessAgreed': {
      if (part.kind !== 'clauseText' && part.kind !== 'clauseVersion') return ALLOWED;
      // A clause being created in the same update has no state yet: adding clauses is checked as clauseSet.
      const clause = context.clauseState(part.clauseId);
      if (clause !== null && isWordingFrozen(clause.status))
        return refuse(part, { code: 'wordingFrozen', status: clause.status });
      return ALLOWED;
    }
  }
}

/** Whether a part is text a running silence procedure holds still: covered clauses' words, or the clause list. */
function silenced(part: DocumentPart, underSilence: (clauseId: ClauseId | null) => boolean): boolean {
  if (part.kind === 'clauseText' || part.kind === 'clauseVersion') return underSilence(part.clauseId);
  return part.kind === 'clauseSet' && underSilence(null);
}

/** A clause's words (the original or a version) while the clause is open to delegates. */
function openClause(part: DocumentPart, context: WriteContext, suggesting: boolean): Verdict {
  if (part.kind !== 'clauseText' && part.kind !== 'clauseVersion') return refuse(part, { code: 'notAClause' });
  if (context.settings.oneText && !suggesting) return refuse(part, { code: 'oneText' });
  const clause = context.clauseState(part.clauseId);
  if (clause === null) return refuse(part, { code: 'noSuchClause' });
  if (clause.locked) return refuse(part, { code: 'locked' });
  if (isWordingFrozen(clause.status)) return refuse(part, { code: 'wordingFrozen', status: clause.status });
  if (isWordingSettled(clause.status)) return refuse(part, { code: 'wordingSettled', status: clause.status });
  return ALLOWED;
}
