import type { CloseEvent } from '@parley/shared';
import type { VerifiedParticipant } from '../auth/authenticate.ts';
import type { PresenceIdentity } from './AwarenessGuard.ts';

/** What a room needs of a client connection: who it is, send bytes, close with a reason. */
export interface RoomConnection {
  readonly id: number;
  readonly participant: VerifiedParticipant;
  readonly presence: PresenceIdentity;
  send(frame: Uint8Array): void;
  close(event: CloseEvent, detail?: string): void;
}
