import type { Role } from '@parley/shared';
import type { useMessages } from '../i18n/useMessages.ts';

/** "Mediator", "Delegation of Ruritania", "Observer": a participant's seat at the table, in words. */
export function describeRole(
  participant: { readonly role: Role; readonly partyId?: string | undefined },
  parties: readonly { readonly id: string; readonly name: string }[],
  text: ReturnType<typeof useMessages>['text'],
): string {
  switch (participant.role) {
    case 'mediator':
      return text('seat.mediator');
    case 'observer':
      return text('seat.observer');
    case 'languageServices':
      return text('seat.languageServices');
    case 'delegate': {
      const party = parties.find((candidate) => candidate.id === participant.partyId);
      return party ? text('seat.delegationOf', { party: party.name }) : text('seat.delegate');
    }
  }
}
