import type { CloseEvent, Participant } from '@parley/shared';

/** What a room needs of a client connection: send bytes, close with a reason, and who it is. */
export interface RoomConnection {
  readonly id: number;
  /** The verified identity, or null on a server without authentication configured for this room. */
  readonly participant: Participant | null;
  send(frame: Uint8Array): void;
  close(event: CloseEvent, detail?: string): void;
}
