import type { CommandType } from '../protocol/Commands.ts';
import type { Role } from '../Role.ts';
import type { AgendaItemState } from '../schema/AgendaItem.ts';
import type { BracketReason } from '../schema/Bracket.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';

/**
 * Every word a person reads for an internal value lives here: statuses, agenda states, bracket
 * reasons, roles, proposal dispositions, command names. Messages and screens never show the enum
 * value itself (`agreedAdReferendum`), and this is where the interface's translation will hang.
 * The module imports types only, so schema modules may take their labels from it without a cycle.
 */
export const CLAUSE_STATUS_NAMES: Readonly<Record<ClauseStatus, string>> = {
  placeholder: 'Placeholder',
  proposed: 'Proposed',
  bracketed: 'Bracketed',
  agreedAdReferendum: 'Agreed ad referendum',
  agreed: 'Agreed',
  adopted: 'Adopted',
  withdrawn: 'Withdrawn',
};

export const AGENDA_STATE_NAMES: Readonly<Record<AgendaItemState, string>> = {
  pending: 'Pending',
  underDiscussion: 'Under discussion',
  concluded: 'Concluded',
  deferred: 'Deferred',
};

export const BRACKET_REASON_NAMES: Readonly<Record<BracketReason, string>> = {
  substance: 'Substance',
  linkedIssue: 'Linked to another issue',
  awaitingInstructions: 'Awaiting instructions',
  other: 'Other',
};

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  mediator: 'Mediator',
  delegate: 'Delegate',
  observer: 'Observer',
};

/** The plural, for sentences such as "read-only for observers". */
export const ROLE_PLURAL_NAMES: Readonly<Record<Role, string>> = {
  mediator: 'mediators',
  delegate: 'delegates',
  observer: 'observers',
};

export type ProposalDisposition = 'open' | 'incorporated' | 'notRetained';

export const DISPOSITION_NAMES: Readonly<Record<ProposalDisposition, string>> = {
  open: 'Open',
  incorporated: 'Incorporated',
  notRetained: 'Not retained',
};

/** What each command does, in the words of the record ("Reopened a clause"). */
export const COMMAND_NAMES: Readonly<Record<CommandType, string>> = {
  'invite.revoke': 'Revoked an invite',
  'invite.reissue': 'Issued a new invite',
  'participant.remove': 'Removed a participant',
  'participant.mute': 'Muted a participant',
  'participant.unmute': 'Unmuted a participant',
  'agenda.add': 'Added an agenda item',
  'agenda.edit': 'Edited an agenda item',
  'agenda.move': 'Moved an agenda item',
  'agenda.remove': 'Removed an agenda item',
  'agenda.setCurrent': 'Took up an agenda item',
  'agenda.setState': 'Changed the state of an agenda item',
  'agenda.timebox': 'Set a time-box',
  'queue.raiseHand': 'Requested the floor',
  'queue.lowerHand': 'Withdrew a request for the floor',
  'queue.close': 'Closed the speakers’ list',
  'queue.reopen': 'Reopened the speakers’ list',
  'floor.give': 'Gave the floor',
  'floor.next': 'Gave the floor to the next speaker',
  'floor.end': 'Ended a turn',
  'floor.setLimit': 'Set the speaking time',
  'clause.add': 'Added a clause',
  'clause.move': 'Moved a clause',
  'clause.remove': 'Removed a clause',
  'clause.setStatus': 'Changed the status of a clause',
  'clause.lock': 'Locked a clause',
  'clause.unlock': 'Unlocked a clause',
  'clause.addOption': 'Added an option',
  'clause.collapseOptions': 'Kept one option',
  'clause.signOff': 'Signed off a clause',
  'clause.withdrawSignOff': 'Withdrew a sign-off',
  'clause.agreeWithoutObjection': 'Declared a clause agreed, no objection',
  'clause.reopen': 'Reopened a clause',
  'clause.comment': 'Commented on a clause',
  'clause.decideProposal': 'Decided on a textual proposal',
  'session.freeze': 'Froze or unfroze the session',
  'session.oneText': 'Switched One-Text mode',
  'session.observersMayExport': 'Changed whether observers may export',
  'breakout.open': 'Opened a breakout',
  'breakout.close': 'Closed a breakout',
  'version.save': 'Saved a revision',
};
