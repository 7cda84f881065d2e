import type { Role } from '@parley/shared';

/** A participant the console has seen (online now or earlier): enough to name them. */
export interface KnownPerson {
  readonly participantId: string;
  readonly name: string;
  readonly role: Role;
  readonly partyId: string | null;
}

/** "participant u3k9…" for someone the console never saw online. */
export function unknownName(participantId: string): string {
  return `participant ${participantId.slice(0, 7)}…`;
}
