import type { Moderation, SessionId } from '@parley/shared';
import { plenaryRoots, readModeration } from '@parley/shared';
import type * as Y from 'yjs';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { SessionStore } from '../storage/SessionStore.ts';
import { SessionTimers } from './SessionTimers.ts';

/** How the watch reads a session's floor (the plenary as the server holds it). */
export type ReadFloor = (sessionId: SessionId) => Promise<Moderation['floor']>;

/**
 * Watches each session's speaking time: when the current speaker's limit runs out and they still
 * hold the floor, the record says so (`floor.timeUp`), which tells the speaker in a notice. Clients
 * count down on their own; this is the server's word that the time is up. Timers live in memory: a
 * restart during a turn loses that one notice, not the floor.
 */
export class SpeakingTime {
  private readonly timers = new SessionTimers();

  constructor(
    private readonly storage: Pick<SessionStore, 'appendAudit'>,
    private readonly readFloor: ReadFloor,
    private readonly log: Logger,
  ) {}

  /** After any change to the floor: (re)arms the session's timer for whoever speaks now. */
  async follow(sessionId: SessionId): Promise<void> {
    this.timers.cancel(sessionId);
    const floor = await this.readFloor(sessionId);
    // Another change to the floor may have armed a timer while this one read.
    this.timers.cancel(sessionId);
    if (floor === null || floor.limitMs === null) return;
    const due = Math.max(0, floor.since + floor.limitMs - Date.now());
    this.timers.arm(sessionId, due, () => void this.timeUp(sessionId, floor));
  }

  close(): void {
    this.timers.cancelAll();
  }

  /** Never rejects: a failure is logged. */
  private async timeUp(sessionId: SessionId, turn: NonNullable<Moderation['floor']>): Promise<void> {
    try {
      const now = await this.readFloor(sessionId);
      if (now === null || now.participantId !== turn.participantId || now.since !== turn.since) return;
      await this.storage.appendAudit({
        sessionId,
        at: Date.now(),
        participantId: null,
        role: 'server',
        action: 'floor.timeUp',
        detail: { participantId: turn.participantId, limitMs: turn.limitMs },
        outcome: 'ok',
      });
    } catch (error) {
      this.log.error('floor.time_up_failed', { session: sessionId, error: errorMessage(error) });
    }
  }
}

/** A `ReadFloor` over the sync layer's plenary reader. */
export function floorReader(plenaries: {
  readPlenary<T>(sessionId: SessionId, read: (doc: Y.Doc) => T): Promise<T>;
}): ReadFloor {
  return (sessionId) => plenaries.readPlenary(sessionId, (doc) => readModeration(plenaryRoots(doc)).floor);
}
