import type { ParticipantId, PartyId } from './ids.ts';
import type { Role } from './Role.ts';

/** The identity the server verified for one connection or request; never what a browser claims. */
export interface Participant {
  readonly participantId: ParticipantId;
  readonly role: Role;
  /** Set for delegates only: the party they speak for. */
  readonly partyId?: PartyId | undefined;
  readonly name: string;
}
