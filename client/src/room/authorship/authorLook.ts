import type { AuthorEntry, Party } from '@parley/shared';
import { MEDIATOR_AUTHOR_COLOR, SERVER_AUTHOR_COLOR } from '@parley/shared';
import type { AuthorLook } from './AuthorshipLens.ts';

/** How an author's text looks: their party's colour from the session meta, or neutral grey. */
export function authorLook(entry: AuthorEntry, parties: readonly Party[]): AuthorLook {
  if (entry.participantId === null) {
    return { key: 'server', color: SERVER_AUTHOR_COLOR, title: `Written by ${entry.name}`, group: 'server' };
  }
  const party = entry.partyId === null ? undefined : parties.find((candidate) => candidate.id === entry.partyId);
  if (party !== undefined) {
    return {
      key: entry.participantId,
      color: party.color,
      title: `Written by ${entry.name} (${party.name})`,
      group: party.id,
    };
  }
  const seat = entry.role === 'mediator' ? 'mediator' : (entry.role ?? 'participant');
  return {
    key: entry.participantId,
    color: MEDIATOR_AUTHOR_COLOR,
    title: `Written by ${entry.name} (${seat})`,
    group: seat,
  };
}
