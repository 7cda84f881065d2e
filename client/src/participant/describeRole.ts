import type { Role } from '@parley/shared';

/** "Mediator", "Delegation of Ruritania", "Observer": a participant's seat at the table, in words. */
export function describeRole(
  participant: { readonly role: Role; readonly partyId?: string | undefined },
  parties: readonly { readonly id: string; readonly name: string }[],
): string {
  switch (participant.role) {
    case 'mediator':
      return 'Mediator';
    case 'observer':
      return 'Observer';
    case 'languageServices':
      return 'Language services';
    case 'delegate': {
      const party = parties.find((candidate) => candidate.id === participant.partyId);
      return party ? `Delegation of ${party.name}` : 'Delegate';
    }
  }
}
