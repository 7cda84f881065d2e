import type { DocRef, ParticipantId, PlenaryRoots, SessionId } from '@parley/shared';
import type * as Y from 'yjs';

/**
 * What commands need of a session's live documents, and no more (the room registry provides it):
 * change and read the plenary (and a breakout room's drafts), and send people out of rooms. Commands never see sockets.
 */
export interface PlenaryDocuments {
  /**
   * One server transaction on the plenary, stored and sent to every client before it returns.
   * `change` may throw (a Refusal) to refuse before anything is written. `by`: the participant it is
   * made for (the clause history names them as the author of the wording it changes).
   */
  changePlenary<T>(sessionId: SessionId, change: (roots: PlenaryRoots) => T, by?: ParticipantId): Promise<T>;
  /** Reads the plenary as it is now (loading it if need be) without changing it. */
  readPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): Promise<T>;
  /**
   * One server transaction on a breakout room's document (a caucus, a working group), stored and
   * sent to its clients before it returns: tabling reads a draft there and marks it tabled.
   */
  changeRoom<T>(ref: Exclude<DocRef, { kind: 'plenary' }>, change: (doc: Y.Doc) => T): Promise<T>;
  /** Reads a breakout room's document as it is now (loading it if need be). */
  readRoom<T>(ref: Exclude<DocRef, { kind: 'plenary' }>, read: (doc: Y.Doc) => T): Promise<T>;
  /** Closes every connection of a participant at once (removal); the token already stopped working. */
  disconnectParticipant(participantId: ParticipantId): void;
  /** Sends everyone but the mediators out of a working group's room, which was closed. */
  closeWorkingGroupRoom(sessionId: SessionId, breakoutId: string): void;
}
