import type { SessionId } from '@parley/shared';
import { isSilenceRunning, plenaryRoots, readSilence } from '@parley/shared';
import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { CommandQueue } from '../moderation/CommandQueue.ts';
import { SessionTimers } from '../moderation/SessionTimers.ts';
import type { SessionRecord } from '../storage/SessionStore.ts';
import type { ClosingDeps } from './ClosingDeps.ts';
import { keepSilence } from './keepSilence.ts';

/** setTimeout's longest delay; a later deadline is re-armed when this one fires. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Keeps each session's silence deadline on server time. The deadline lives in the document
 * (`moderation.silence.until`), so it survives restarts: the watch is armed when a plenary is loaded
 * (the server's first use of a session after a start) and after `silence.start` / `silence.break`.
 * A deadline that passed while the server was down is settled at once, at load. Settling runs in the
 * session's command queue, so it never interleaves with a command (a late `silence.break` included).
 */
export class SilenceWatch {
  private readonly timers = new SessionTimers();

  constructor(
    private readonly deps: Omit<ClosingDeps, 'session'> & {
      readonly commands: CommandQueue;
      readonly findSession: (sessionId: SessionId) => Promise<SessionRecord | null>;
      readonly log: Logger;
    },
  ) {}

  /** (Re)arms the session's timer from its stored silence; never rejects (a failure is logged). */
  async follow(sessionId: SessionId): Promise<void> {
    try {
      const silence = await this.deps.documents.readPlenary(sessionId, (doc) => readSilence(plenaryRoots(doc)));
      this.timers.cancel(sessionId);
      if (!isSilenceRunning(silence)) return;
      const due = silence.until - Date.now();
      this.timers.arm(sessionId, Math.min(Math.max(0, due), MAX_DELAY_MS), () => {
        if (due > MAX_DELAY_MS) void this.follow(sessionId);
        else void this.settle(sessionId);
      });
    } catch (error) {
      this.deps.log.error('silence.follow_failed', { session: sessionId, error: errorMessage(error) });
    }
  }

  close(): void {
    this.timers.cancelAll();
  }

  private async settle(sessionId: SessionId): Promise<void> {
    try {
      const session = await this.deps.findSession(sessionId);
      if (session === null) return;
      const outcome = await this.deps.commands.run(sessionId, () =>
        keepSilence({ storage: this.deps.storage, documents: this.deps.documents, session }, Date.now()),
      );
      if (outcome === 'kept') this.deps.log.info('silence.kept', { session: sessionId });
      // A clock that fired a little early: look again.
      if (outcome === 'notDue') await this.follow(sessionId);
    } catch (error) {
      this.deps.log.error('silence.settle_failed', { session: sessionId, error: errorMessage(error) });
    }
  }
}
