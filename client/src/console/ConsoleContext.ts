import type { Party, PlenaryRoots } from '@parley/shared';
import { createContext, useContext } from 'react';
import type { RosterState } from '../roster/useRoster.ts';
import type { PresenceState } from './presence/usePresencePoll.ts';

/**
 * What every part of the console needs besides the identity (`useIdentity`): the plenary, who is
 * online and who is who.
 */
export interface ConsoleContextValue {
  readonly roots: PlenaryRoots;
  readonly parties: readonly Party[];
  readonly presence: PresenceState;
  /** Everyone who ever joined (online or not, removed or not). */
  readonly roster: RosterState;
  /** A participant's name as the console knows it, or a shortened id. */
  readonly nameOf: (participantId: string) => string;
}

export const ConsoleContext = createContext<ConsoleContextValue | null>(null);

export function useConsole(): ConsoleContextValue {
  const value = useContext(ConsoleContext);
  if (value === null) throw new Error('useConsole outside the mediator’s console');
  return value;
}
