import type { CommandType } from '../protocol/Commands.ts';
import type { Role } from '../Role.ts';
import type { AgendaItemState } from '../schema/AgendaItem.ts';
import type { BracketReason } from '../schema/Bracket.ts';
import type { ClauseStatus } from '../schema/ClauseStatus.ts';
import type { TextOrigin } from '../schema/TextOrigin.ts';

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
  languageServices: 'Language services',
};

/** The plural, for sentences such as "read-only for observers". */
export const ROLE_PLURAL_NAMES: Readonly<Record<Role, string>> = {
  mediator: 'mediators',
  delegate: 'delegates',
  observer: 'observers',
  languageServices: 'language services',
};

export type ProposalDisposition = 'open' | 'incorporated' | 'notRetained';

export const DISPOSITION_NAMES: Readonly<Record<ProposalDisposition, string>> = {
  open: 'Open',
  incorporated: 'Incorporated',
  notRetained: 'Not retained',
};

/** What each command does, as an action ("Reopen a clause"): for refusals and for the record. */
export const COMMAND_NAMES: Readonly<Record<CommandType, string>> = {
  'invite.revoke': 'Revoke an invite',
  'invite.reissue': 'Issue a new invite',
  'participant.remove': 'Remove a participant',
  'participant.mute': 'Mute a participant',
  'participant.unmute': 'Unmute a participant',
  'agenda.add': 'Add an agenda item',
  'agenda.edit': 'Edit an agenda item',
  'agenda.move': 'Move an agenda item',
  'agenda.remove': 'Remove an agenda item',
  'agenda.setCurrent': 'Take up an agenda item',
  'agenda.setState': 'Change the state of an agenda item',
  'agenda.timebox': 'Set a time-box',
  'queue.raiseHand': 'Request the floor',
  'queue.lowerHand': 'Withdraw a request for the floor',
  'queue.close': 'Close the speakers’ list',
  'queue.reopen': 'Reopen the speakers’ list',
  'floor.give': 'Give the floor',
  'floor.next': 'Give the floor to the next speaker',
  'floor.end': 'End a turn',
  'floor.setLimit': 'Set the speaking time',
  'clause.add': 'Add a clause',
  'clause.move': 'Move a clause',
  'clause.remove': 'Remove a clause',
  'clause.setStatus': 'Change the status of a clause',
  'clause.lock': 'Lock a clause',
  'clause.unlock': 'Unlock a clause',
  'clause.addOption': 'Add an option',
  'clause.collapseOptions': 'Keep one option',
  'clause.restoreOptions': 'Bring back the options',
  'clause.alignLanguage': 'Align a language version with the original',
  'clause.signOff': 'Sign off a clause',
  'clause.withdrawSignOff': 'Withdraw a sign-off',
  'clause.agreeWithoutObjection': 'Declare a clause agreed, no objection',
  'clause.reopen': 'Reopen a clause',
  'clause.comment': 'Comment on a clause',
  'clause.decideProposal': 'Decide on a textual proposal',
  'bracket.reassign': 'Give a bracket to a party',
  'session.freeze': 'Freeze or unfreeze the session',
  'session.oneText': 'Switch One-Text mode',
  'session.observersMayExport': 'Let observers download the text and see its revisions, or not',
  'session.editMode': 'Choose whether delegates edit or suggest',
  'session.workingGroupsMayTable': 'Let working groups table their drafts, or not',
  'session.holdersMaySettleSuggestions': 'Let parties settle suggestions in their own brackets, or not',
  'session.languages': 'Change the languages of the session',
  'document.details': 'Set the document’s symbol, marking and date',
  'breakout.open': 'Open a breakout',
  'breakout.close': 'Close a breakout',
  'draft.table': 'Table a draft in the plenary',
  'suggestion.accept': 'Accept suggestions',
  'suggestion.reject': 'Reject suggestions',
  'version.save': 'Save a revision',
  'adoption.propose': 'Propose the whole text for adoption',
  'adoption.accept': 'Accept the text for adoption',
  'adoption.confirm': 'Confirm an ad referendum acceptance',
  'silence.start': 'Place the text under silence',
  'silence.break': 'Break silence',
  'text.initial': 'Initial the adopted text',
};

/** The same action inside a sentence ("… may reopen a clause"). */
export function commandPhrase(type: CommandType): string {
  const name = COMMAND_NAMES[type];
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** Beside a clause's options, its body is labelled so nobody mistakes the text for an alternative. */
export const CURRENT_TEXT_LABEL = 'Current text';

/** The label shown for the n-th option (from 0), whatever the option was named when it was added. */
export function optionNumberLabel(index: number): string {
  return `Option ${index + 1}`;
}

/** Beside a clause, option or proposal tabled from a breakout room: "From working group: Verification". */
export function textOriginLabel(origin: TextOrigin): string {
  return origin.kind === 'workingGroup' ? `From working group: ${origin.name}` : `From caucus: ${origin.name}`;
}

/** The label of an option made from a textual proposal: it names who proposed it, and for which party. */
export function proposalOptionLabel(byName: string, partyName: string | null): string {
  const label = `Proposed by ${byName}${partyName ? ` (${partyName})` : ''}`;
  return label.length > 100 ? `${label.slice(0, 99)}…` : label;
}
