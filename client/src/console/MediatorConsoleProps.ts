import type * as Y from 'yjs';
import type { RosterState } from '../roster/useRoster.ts';

/**
 * What the room gives the mediator's console (mounted lazily, for mediators only). The console reads
 * the synced plenary (`doc`) through the shared accessors and acts, as the identity the room provides
 * (`useIdentity`), through commands and the API.
 */
export interface MediatorConsoleProps {
  /** The synced plenary document. */
  readonly doc: Y.Doc;
  /** Everyone who ever joined, polled by the room: the console's source of names. */
  readonly roster: RosterState;
}
