import { CLAUSE_STATUS_NAMES, ROLE_PLURAL_NAMES } from '../display/DisplayNames.ts';
import type { Role } from '../Role.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';

/**
 * Why a write is refused, as data: the server words it in English (`describeWriteRefusal`, for its
 * close reasons and logs), the room in the reader's language from the same facts, so the two never
 * tell a different story.
 */
export type WriteRefusal =
  | { readonly code: 'readOnlyForRole'; readonly role: Role }
  | { readonly code: 'commandsOnly' }
  | { readonly code: 'frozen' }
  | { readonly code: 'muted' }
  | { readonly code: 'ownPartyStatementsOnly' }
  | { readonly code: 'notAClause' }
  | { readonly code: 'notAVersion' }
  | { readonly code: 'notASessionLanguage'; readonly language: string }
  | { readonly code: 'versionsFollowNegotiation' }
  | { readonly code: 'originalNotForLanguageServices' }
  | { readonly code: 'oneText' }
  | { readonly code: 'noSuchClause' }
  | { readonly code: 'locked' }
  | { readonly code: 'underSilence' }
  | { readonly code: 'wordingFrozen'; readonly status: ClauseStatus }
  | { readonly code: 'wordingSettled'; readonly status: ClauseStatus };
export type WriteRefusalCode = WriteRefusal['code'];

export function describeWriteRefusal(why: WriteRefusal): string {
  switch (why.code) {
    case 'readOnlyForRole':
      return `read-only for ${ROLE_PLURAL_NAMES[why.role]}`;
    case 'commandsOnly':
      return 'changed through moderation commands only';
    case 'frozen':
      return 'the session is frozen';
    case 'muted':
      return 'the mediator has muted you';
    case 'ownPartyStatementsOnly':
      return 'delegates write their own party’s statements only';
    case 'notAClause':
      return 'not a clause';
    case 'notAVersion':
      return 'not a language version';
    case 'notASessionLanguage':
      return `${why.language} is not one of the session’s languages (any more)`;
    case 'versionsFollowNegotiation':
      return 'the language versions follow the language of negotiation: only language services and the mediator write them';
    case 'originalNotForLanguageServices':
      return 'the text in the language of negotiation is the original: language services do not write it';
    case 'oneText':
      return 'One-Text mode: only the mediator edits the text; delegates suggest';
    case 'noSuchClause':
      return 'no such clause';
    case 'locked':
      return 'the clause is locked';
    case 'underSilence':
      // Short: the close reason that carries it is cut at 123 bytes.
      return 'under silence: read-only until the deadline, unless a party breaks silence';
    case 'wordingFrozen':
      return `the clause is ${CLAUSE_STATUS_NAMES[why.status]}: its words are read-only for everyone until the mediator reopens it`;
    case 'wordingSettled':
      return `the clause is ${CLAUSE_STATUS_NAMES[why.status]}`;
  }
}
