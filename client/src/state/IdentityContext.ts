import type { Participant, SessionId } from '@parley/shared';
import { createContext, useContext } from 'react';

/** Who is at the table and where: the identity the server verified, and the token that proves it. */
export interface Identity {
  readonly sessionId: SessionId;
  /** The participant's token, for commands, the API and opening further documents. */
  readonly token: string;
  /** The write and read rules are evaluated for this participant. */
  readonly you: Participant;
}

/** The one context carrying the identity: the room provides it, the room and the console read it. */
export const IdentityContext = createContext<Identity | null>(null);

export function useIdentity(): Identity {
  const value = useContext(IdentityContext);
  if (value === null) throw new Error('useIdentity is used outside a session');
  return value;
}
