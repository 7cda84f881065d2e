import type { Party, Role } from '@parley/shared';

/** "Mediator", "Delegation of Ruritania", "Observer": a participant's seat at the table. */
export function seatLabel(role: Role, partyId: string | null, parties: readonly Party[]): string {
  switch (role) {
    case 'mediator':
      return 'Mediator';
    case 'observer':
      return 'Observer';
    case 'languageServices':
      return 'Language services';
    case 'delegate': {
      const party = parties.find((p) => p.id === partyId);
      return party ? `Delegation of ${party.name}` : 'Delegate';
    }
  }
}
