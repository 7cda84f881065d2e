import type { CloseEvent, PresenceIdentity } from '@parley/shared';
import type { VerifiedParticipant } from '../auth/authenticate.ts';

/** What a room needs of a client connection: who it is, send bytes, close with a reason. */
export interface RoomConnection {
  readonly id: number;
  readonly participant: VerifiedParticipant;
  readonly presence: PresenceIdentity;
  /** How often this connection was asked to resync after an update with missing dependencies. */
  resyncRequests: number;
  send(frame: Uint8Array): void;
  /** Sends a frame made once by `wireFrame` for many connections (a broadcast). */
  sendWire(wire: Buffer): void;
  close(event: CloseEvent, detail?: string): void;
}
