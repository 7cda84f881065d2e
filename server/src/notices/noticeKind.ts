import type { NoticeKind } from '@parley/shared';
import type { AuditEntry, ParticipantRecord } from '../storage/SessionStore.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Whether a record entry concerns one participant, and as what kind of notice; null when it does not.
 * Only what was done (not refused) and done by someone else is news to them.
 */
export function noticeKind(entry: AuditEntry, reader: ParticipantRecord): NoticeKind | null {
  if (entry.outcome !== 'ok' || entry.participantId === reader.id) return null;
  const { detail } = entry;
  const isDelegateOf = (partyId: unknown) =>
    reader.role === 'delegate' && typeof partyId === 'string' && reader.partyId === partyId;
  const aboutReader = detail.participantId === reader.id;
  switch (entry.action) {
    case 'clause.signOffsCleared':
      return strings(detail.parties).some(isDelegateOf) ? 'signOffsCleared' : null;
    case 'clause.reopen':
      // Every participant is told a clause was reopened; the parties whose sign-offs lapsed first of all.
      return 'clauseReopened';
    case 'bracket.lifted':
      return isDelegateOf(detail.holder) ? 'bracketLifted' : null;
    case 'bracket.reassign':
      // The party given a bracket now holds it: its delegates are told.
      return isDelegateOf(detail.to) ? 'bracketGiven' : null;
    case 'floor.give':
    case 'floor.next':
      return aboutReader ? 'floorGiven' : null;
    case 'floor.timeUp':
      return aboutReader ? 'timeUp' : null;
    case 'participant.mute':
      return aboutReader ? 'muted' : null;
    case 'participant.unmute':
      return aboutReader ? 'unmuted' : null;
    case 'session.oneText':
      return 'oneText';
    case 'session.freeze':
      return 'freeze';
    case 'suggestion.accept':
      // The author of a suggestion settled by someone else is told what became of it.
      return strings(detail.authors).includes(reader.id) ? 'suggestionAccepted' : null;
    case 'suggestion.reject':
      return strings(detail.authors).includes(reader.id) ? 'suggestionRejected' : null;
    case 'draft.table':
      // The chair keeps the pen on the plenary: what a delegation or a working group tabled is news to them.
      return reader.role === 'mediator' ? 'textTabled' : null;
    case 'adoption.propose':
      return 'adoption';
    case 'adoption.accept':
      // The last acceptance adopts the text: everyone is told; single acceptances are the console's news.
      return detail.adopted === true || reader.role === 'mediator' ? 'adoption' : null;
    case 'silence.start':
    case 'silence.break':
    case 'silence.kept':
      return 'silence';
    default:
      return null;
  }
}
