import type { CloseEvent, PresenceIdentity } from '@parley/shared';
import type { VerifiedParticipant } from '../auth/authenticate.ts';

/** What a room needs of a client connection: who it is, send bytes, close with a reason. */
export interface RoomConnection {
  readonly id: number;
  readonly participant: VerifiedParticipant;
  readonly presence: PresenceIdentity;
  /** How often this connection was asked to resync after an update with missing dependencies. */
  resyncRequests: number;
  /**
   * Sends one frame; `sent`, if given, is called once it has been handed to the operating system
   * (or dropped because the connection is closing or too slow).
   */
  send(frame: Uint8Array, sent?: () => void): void;
  /** Sends a frame made once by `wireFrame` for many connections (a broadcast). */
  sendWire(wire: Buffer): void;
  close(event: CloseEvent, detail?: string): void;
}
