import type { CommandType } from '@parley/shared';

const COMMAND_WORDS: Readonly<Record<CommandType, string>> = {
  'invite.revoke': 'revoked an invite',
  'invite.reissue': 'issued a new invite',
  'participant.remove': 'removed a participant',
  'participant.mute': 'muted a participant',
  'participant.unmute': 'unmuted a participant',
  'agenda.add': 'added an agenda item',
  'agenda.edit': 'edited an agenda item',
  'agenda.move': 'moved an agenda item',
  'agenda.remove': 'removed an agenda item',
  'agenda.setCurrent': 'took up an agenda item',
  'agenda.setState': 'set an agenda item’s state',
  'agenda.timebox': 'set a time-box',
  'queue.raiseHand': 'requested the floor',
  'queue.lowerHand': 'left the speakers’ list',
  'queue.close': 'closed the speakers’ list',
  'queue.reopen': 'reopened the speakers’ list',
  'floor.give': 'gave the floor',
  'floor.next': 'called the next speaker',
  'floor.end': 'ended a turn',
  'floor.setLimit': 'set the speaking limit',
  'clause.add': 'added a clause',
  'clause.move': 'moved a clause',
  'clause.remove': 'removed a clause',
  'clause.setStatus': 'set a clause’s status',
  'clause.lock': 'locked a clause',
  'clause.unlock': 'unlocked a clause',
  'clause.addOption': 'added an option',
  'clause.collapseOptions': 'collapsed options to one',
  'clause.signOff': 'signed off a clause',
  'clause.withdrawSignOff': 'withdrew a sign-off',
  'clause.agreeWithoutObjection': 'declared a clause agreed, no objection',
  'clause.reopen': 'reopened a clause',
  'clause.comment': 'commented on a clause',
  'clause.decideProposal': 'decided on a proposal',
  'session.freeze': 'froze or unfroze the text',
  'session.oneText': 'switched One-Text mode',
  'session.observersMayExport': 'changed whether observers may export',
  'breakout.open': 'opened a breakout',
  'breakout.close': 'closed a breakout',
  'version.save': 'saved a revision',
};

const OTHER_WORDS: Readonly<Record<string, string>> = {
  'command.invalid': 'sent an invalid command',
  'update.refused': 'made an edit that was not kept',
  'bracket.added': 'bracketed text',
  'bracket.lifted': 'lifted a bracket',
  'clause.signOffsCleared': 'sign-offs cleared by a text change',
};

/** What an audit action means, in words ("gave the floor"); unknown actions are shown as they are. */
export function describeAction(action: string): string {
  return (COMMAND_WORDS as Readonly<Record<string, string>>)[action] ?? OTHER_WORDS[action] ?? action;
}
