import type { Participant, SessionId } from '@parley/shared';
import type * as Y from 'yjs';
import type { RosterState } from '../roster/useRoster.ts';

/**
 * What the room gives the mediator's console (mounted lazily, for mediators only). The console reads
 * the synced plenary (`doc`) through the shared accessors and acts through `sendCommand` and the API.
 */
export interface MediatorConsoleProps {
  readonly sessionId: SessionId;
  /** The mediator's participant token, for `sendCommand` and the API. */
  readonly token: string;
  /** The synced plenary document. */
  readonly doc: Y.Doc;
  readonly you: Participant;
  /** Everyone who ever joined, polled by the room: the console's source of names. */
  readonly roster: RosterState;
}
