import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';

/** One change waiting to be stored and then relayed. */
export interface PendingChange {
  readonly docName: string;
  readonly update: Uint8Array;
  /** Called once the change is on disk (with its sequence number), or with null if storing failed. */
  readonly done: (seq: number | null) => void;
}

/**
 * Groups the changes of one event-loop turn into one SQLite transaction, then relays them: every
 * change is on disk before anyone is sent it, and a burst of messages costs one commit, not one each.
 */
export class PersistQueue {
  private pending: PendingChange[] = [];
  private scheduled = false;

  constructor(
    private readonly storage: DocumentStore,
    private readonly log: Logger,
  ) {}

  enqueue(change: PendingChange): void {
    this.pending.push(change);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Stores and relays everything queued now (also called before shutdown and after server changes). */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    let seqs: number[] | null = null;
    try {
      seqs = this.storage.appendUpdates(batch);
    } catch (error) {
      this.log.error('storage.append_failed', { updates: batch.length, error: errorMessage(error) });
    }
    for (const [i, change] of batch.entries()) change.done(seqs ? (seqs[i] ?? null) : null);
  }
}
