import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { ClauseHistoryRow, DocumentStore } from '../storage/DocumentStore.ts';

/** One change waiting to be stored and then relayed. */
export interface PendingChange {
  readonly docName: string;
  readonly update: Uint8Array;
  /** Called once the change is on disk (with its sequence number), or with null if storing failed. */
  readonly done: (seq: number | null) => void;
}

/** A room whose clause history has rows to write with this turn's updates. */
export interface HistorySource {
  /** The rows to write now (reads what changed once, at the end of the turn). */
  takeHistory(): readonly ClauseHistoryRow[];
}

/**
 * Groups the changes of one event-loop turn into one SQLite transaction, then relays them: every
 * change is on disk before anyone is sent it, and a burst of messages costs one commit, not one each.
 */
export class PersistQueue {
  private pending: PendingChange[] = [];
  private readonly history = new Set<HistorySource>();
  private scheduled = false;

  constructor(
    private readonly storage: DocumentStore,
    private readonly log: Logger,
  ) {}

  enqueue(change: PendingChange): void {
    this.pending.push(change);
    this.schedule();
  }

  /** A room's clause history changed: its rows ride this turn's transaction. */
  noteHistory(source: HistorySource): void {
    this.history.add(source);
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Stores and relays everything queued now (also called before shutdown and after server changes). */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 && this.history.size === 0) return;
    const batch = this.pending;
    this.pending = [];
    const sources = [...this.history];
    this.history.clear();
    let rows: ClauseHistoryRow[] = [];
    try {
      rows = sources.flatMap((source) => source.takeHistory());
    } catch (error) {
      // The history is derived: losing a turn of it must never cost the updates themselves.
      this.log.error('history.snapshot_failed', { error: errorMessage(error) });
    }
    let seqs: number[] | null = null;
    try {
      seqs = this.storage.appendUpdates(batch, rows);
    } catch (error) {
      this.log.error('storage.append_failed', { updates: batch.length, error: errorMessage(error) });
    }
    for (const [i, change] of batch.entries()) change.done(seqs ? (seqs[i] ?? null) : null);
  }
}
