import type { SessionId } from '@parley/shared';

/**
 * Runs a session's commands one at a time, in the order they arrive (a promise chain per session).
 * A command reads storage and the plenary, changes the plenary and writes the record, awaiting
 * storage between those steps; without the chain a second command of the same session could run in
 * those gaps, check against a state the first is about to change, and be recorded out of order.
 * Sessions do not wait for each other.
 */
export class CommandQueue {
  private readonly tails = new Map<SessionId, Promise<unknown>>();

  run<T>(sessionId: SessionId, command: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(sessionId) ?? Promise.resolve();
    // A refused or failed command does not stop the next one.
    const result = previous.catch(() => undefined).then(command);
    const tail = result.catch(() => undefined);
    this.tails.set(sessionId, tail);
    void tail.then(() => {
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId);
    });
    return result;
  }

  /** Sessions with a command running or waiting (for tests). */
  get busySessions(): number {
    return this.tails.size;
  }
}
