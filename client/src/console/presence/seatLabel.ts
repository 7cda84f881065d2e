import type { Party, Role } from '@parley/shared';
import type { useMessages } from '../../i18n/useMessages.ts';

/** "Mediator", "Delegation of Ruritania", "Observer": a participant's seat at the table. */
export function seatLabel(
  role: Role,
  partyId: string | null,
  parties: readonly Party[],
  text: ReturnType<typeof useMessages>['text'],
): string {
  switch (role) {
    case 'mediator':
      return text('seat.mediator');
    case 'observer':
      return text('seat.observer');
    case 'languageServices':
      return text('seat.languageServices');
    case 'delegate': {
      const party = parties.find((p) => p.id === partyId);
      return party ? text('seat.delegationOf', { party: party.name }) : text('seat.delegate');
    }
  }
}
