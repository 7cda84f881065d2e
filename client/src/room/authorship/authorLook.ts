import type { AuthorEntry, Party } from '@parley/shared';
import { MEDIATOR_AUTHOR_COLOR, SERVER_AUTHOR_COLOR } from '@parley/shared';
import type { Translate } from '../../i18n/Translate.ts';
import type { AuthorLook } from './AuthorshipLens.ts';

/** How an author's text looks: their party's colour from the session meta, or neutral grey; the title in the reader's language. */
export function authorLook(entry: AuthorEntry, parties: readonly Party[], text: Translate): AuthorLook {
  if (entry.participantId === null) {
    return {
      key: 'server',
      color: SERVER_AUTHOR_COLOR,
      title: text('authorship.writtenBy', { name: entry.name }),
      group: 'server',
    };
  }
  const party = entry.partyId === null ? undefined : parties.find((candidate) => candidate.id === entry.partyId);
  if (party !== undefined) {
    return {
      key: entry.participantId,
      color: party.color,
      title: text('authorship.writtenByOf', { name: entry.name, seat: party.name }),
      group: party.id,
    };
  }
  const seat = entry.role === 'mediator' ? 'mediator' : (entry.role ?? 'participant');
  return {
    key: entry.participantId,
    color: MEDIATOR_AUTHOR_COLOR,
    title: text('authorship.writtenByRole', { name: entry.name, role: seat }),
    group: seat,
  };
}
