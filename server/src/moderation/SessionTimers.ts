import type { SessionId } from '@parley/shared';

/**
 * At most one pending timer per session (a speaker's time limit, a silence deadline): arming one
 * replaces the session's previous one, and none keeps the process alive.
 */
export class SessionTimers {
  private readonly timers = new Map<SessionId, NodeJS.Timeout>();

  /** Runs `fire` after `delayMs`, instead of whatever the session had pending. */
  arm(sessionId: SessionId, delayMs: number, fire: () => void): void {
    this.cancel(sessionId);
    const timer = setTimeout(() => {
      this.timers.delete(sessionId);
      fire();
    }, delayMs);
    timer.unref();
    this.timers.set(sessionId, timer);
  }

  cancel(sessionId: SessionId): void {
    const timer = this.timers.get(sessionId);
    if (timer) clearTimeout(timer);
    this.timers.delete(sessionId);
  }

  /** Shutdown: nothing pending fires. */
  cancelAll(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
