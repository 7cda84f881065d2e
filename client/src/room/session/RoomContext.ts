import type { Participant, Party, SessionId } from '@parley/shared';
import { createContext, useContext } from 'react';
import type { LocalUser } from '../identity/LocalUser.ts';

/** Who is in the room and where: what every part of the room page needs to read and to act. */
export interface RoomContextValue {
  readonly sessionId: SessionId;
  /** The participant's token, for commands and for opening further documents. */
  readonly token: string;
  /** The identity the server verified; the write and read rules are evaluated for it. */
  readonly you: Participant;
  readonly user: LocalUser;
  /** The parties at the table, live from the plenary. */
  readonly parties: readonly Party[];
}

export const RoomContext = createContext<RoomContextValue | null>(null);

export function useRoom(): RoomContextValue {
  const value = useContext(RoomContext);
  if (value === null) throw new Error('useRoom is used outside a room');
  return value;
}

/** A party by id, or a stand-in for one the document does not know (yet). */
export function partyOf(parties: readonly Party[], partyId: string | null | undefined): Party | null {
  return parties.find((party) => party.id === partyId) ?? null;
}
