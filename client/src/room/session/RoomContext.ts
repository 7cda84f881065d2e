import type { Party } from '@parley/shared';
import { createContext, useContext } from 'react';
import type { LocalUser } from '../identity/LocalUser.ts';

/**
 * What the room page adds to the identity (`useIdentity`): how the local user shows to others, and
 * the parties at the table.
 */
export interface RoomContextValue {
  readonly user: LocalUser;
  /** The parties at the table, live from the plenary. */
  readonly parties: readonly Party[];
  /** The mediator has muted the local participant (`useBlockedReason` says what that disables). */
  readonly muted: boolean;
  /** The session is frozen: nobody but the mediators may change anything. */
  readonly frozen: boolean;
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
