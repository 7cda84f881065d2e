import type { Logger } from '../log.ts';
import { errorMessage } from '../log.ts';
import type { ClauseHistoryRow, ClientBinding, DocumentStore } from '../storage/DocumentStore.ts';
import { LeaseLostError } from '../storage/Leases.ts';

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
 * Groups the changes of one event-loop turn into one storage transaction, then relays them: every
 * change is on disk before anyone is sent it, and a burst of messages costs one commit, not one each.
 * Batches are written as they are taken and answered in the order they were taken (a chain), so
 * relays never overtake each other even when the store answers out of order.
 */
export class PersistQueue {
  private pending: PendingChange[] = [];
  /** Client-id bindings made this turn (kept for the next batch when one fails: they are idempotent). */
  private bindings: ClientBinding[] = [];
  private readonly history = new Set<HistorySource>();
  private scheduled = false;
  /** Settles once every batch taken so far is stored (or failed) and its callbacks have run. */
  private settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Pick<DocumentStore, 'appendUpdates'>,
    private readonly log: Logger,
    /**
     * In a cluster, storage refused documents whose session another server took over (fencing):
     * their owner must drop them. Called before their changes are answered (as not stored).
     */
    private readonly onLeaseLost: (docNames: readonly string[]) => void = () => undefined,
  ) {}

  enqueue(change: PendingChange): void {
    this.pending.push(change);
    this.schedule();
  }

  /**
   * A client id was bound (the gate saw it for the first time, or the server's own): the binding
   * rides this turn's transaction, with the update that introduced the id.
   */
  noteBinding(binding: ClientBinding): void {
    this.bindings.push(binding);
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
    setImmediate(() => {
      void this.flush();
    });
  }

  /**
   * Stores and relays everything queued now (also called before shutdown and after server changes).
   * Settles once it, and every batch before it, is stored and relayed; never rejects.
   */
  flush(): Promise<void> {
    this.scheduled = false;
    if (this.pending.length === 0 && this.history.size === 0 && this.bindings.length === 0) return this.settled;
    const batch = this.pending;
    this.pending = [];
    const bindings = this.bindings;
    this.bindings = [];
    const sources = [...this.history];
    this.history.clear();
    let rows: ClauseHistoryRow[] = [];
    try {
      rows = sources.flatMap((source) => source.takeHistory());
    } catch (error) {
      // The history is derived: losing a turn of it must never cost the updates themselves.
      this.log.error('history.snapshot_failed', { error: errorMessage(error) });
    }
    // Started now, in the order taken (SQLite commits within this call); answered in that order.
    const stored = this.append(batch, rows, bindings);
    const answered = this.settled.then(async () => {
      const seqs = await stored;
      for (const [i, change] of batch.entries()) {
        try {
          change.done(seqs[i] ?? null);
        } catch (error) {
          this.log.error('persist.callback_failed', { doc: change.docName, error: errorMessage(error) });
        }
      }
    });
    this.settled = answered;
    return answered;
  }

  /** Stores a turn; each change's sequence number, or null where it was not stored. */
  private async append(
    batch: readonly PendingChange[],
    rows: readonly ClauseHistoryRow[],
    bindings: readonly ClientBinding[],
  ): Promise<(number | null)[]> {
    let entries = batch.map((change, index) => ({ docName: change.docName, update: change.update, index }));
    let history = rows;
    let binds = bindings;
    // Each pass drops the documents storage fenced off; documents still ours are stored without them.
    for (;;) {
      try {
        const seqs = await this.storage.appendUpdates(entries, history, binds);
        const byIndex: (number | null)[] = batch.map(() => null);
        for (const [i, entry] of entries.entries()) byIndex[entry.index] = seqs[i] ?? null;
        return byIndex;
      } catch (error) {
        if (error instanceof LeaseLostError) {
          this.log.warn('storage.fenced', { docs: error.keys.slice(0, 10).join(' '), count: error.keys.length });
          this.onLeaseLost(error.keys);
          const lost = new Set(error.keys);
          const before = entries.length + history.length + binds.length;
          entries = entries.filter((entry) => !lost.has(entry.docName));
          history = history.filter((row) => !lost.has(row.docName));
          binds = binds.filter((binding) => !lost.has(binding.docName));
          if (entries.length + history.length + binds.length < before) continue;
        }
        this.log.error('storage.append_failed', { updates: batch.length, error: errorMessage(error) });
        // The updates are held by their rooms (and stored by a compaction); the bindings go with the next batch.
        this.bindings.unshift(...binds);
        if (binds.length > 0) this.schedule();
        return batch.map(() => null);
      }
    }
  }
}
