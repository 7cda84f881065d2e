import type { PlenaryRoots } from '@parley/shared';
import { clauseWordingBracketed, readClause } from '@parley/shared';
import * as Y from 'yjs';
import type { ClauseHistoryRow } from '../storage/DocumentStore.ts';

/** Steps of one author on one clause closer together than this (and nobody else's between) are one entry. */
export const TYPING_SESSION_GAP_MS = 60_000;

/** Who made a change: a participant id, or null for the server itself. */
export type Author = string | null;

/**
 * Keeps a plenary's clause history as its clauses change: the room says which clauses a change
 * touched and who made it (cheap: a map write per clause), and once per persisted turn the recorder
 * reads each touched clause's wording once and turns it into history rows, which the persist queue
 * writes in the same transaction as the turn's updates. The newest row of each clause is read once,
 * when the room loads (`DocumentStore.newestClauseHistory`), and kept in memory: recording never
 * waits for storage, and a keystroke in a session of typing costs no read.
 */
export class ClauseHistoryRecorder {
  /** Newest row per clause (absent: it has none) — read from storage when the room loaded. */
  private readonly newest = new Map<string, ClauseHistoryRow>();
  /** Wording of clauses whose history begins with the change being made: the baseline. */
  private readonly baselines = new Map<string, string>();
  /** Clauses changed since they were last read: by whom, and when the changes began and ended. */
  private readonly dirty = new Map<string, { author: Author; first: number; last: number }>();
  private ready: ClauseHistoryRow[] = [];

  constructor(
    private readonly docName: string,
    newest: Iterable<ClauseHistoryRow>,
    private readonly now: () => number = Date.now,
  ) {
    for (const row of newest) this.newest.set(row.clauseId, row);
  }

  get hasChanges(): boolean {
    return this.dirty.size > 0 || this.ready.length > 0;
  }

  /**
   * Before `author`'s change to these clauses is applied: learns whether their history has begun
   * and, if not, keeps their wording now as the baseline ("text when the history began"); a clause
   * another author changed earlier in this turn has that step read now, before this one mixes in.
   */
  beforeChange(roots: PlenaryRoots, clauseIds: readonly string[], author: Author): void {
    for (const clauseId of clauseIds) {
      const previous = this.dirty.get(clauseId);
      if (previous !== undefined && previous.author !== author) {
        this.snapshot(roots, clauseId, previous);
        this.dirty.delete(clauseId);
      }
      if (this.newestOf(clauseId) !== null || this.baselines.has(clauseId)) continue;
      const wording = wordingOf(roots, clauseId);
      if (wording !== null) this.baselines.set(clauseId, wording);
    }
  }

  /** These clauses were added by the change being made: their history begins empty. */
  created(clauseIds: Iterable<string>): void {
    for (const clauseId of clauseIds) {
      if (this.newestOf(clauseId) === null && !this.baselines.has(clauseId)) this.baselines.set(clauseId, '');
    }
  }

  /** These clauses' wording changed (or they were added or removed), by `author`. */
  changed(roots: PlenaryRoots, clauseIds: Iterable<string>, author: Author): void {
    for (const clauseId of clauseIds) {
      const now = this.now();
      const previous = this.dirty.get(clauseId);
      if (previous !== undefined && previous.author === author) {
        previous.last = now;
        continue;
      }
      // Two authors on one clause and no reading from between (`beforeChange`): the first one's
      // step ends here, with the second one's change in it.
      if (previous !== undefined) this.snapshot(roots, clauseId, previous);
      this.dirty.set(clauseId, { author, first: now, last: now });
    }
  }

  /** Reads each changed clause once and answers the rows to write (new entries, or entries grown). */
  take(roots: PlenaryRoots): ClauseHistoryRow[] {
    for (const [clauseId, change] of this.dirty) this.snapshot(roots, clauseId, change);
    this.dirty.clear();
    const rows = this.ready;
    this.ready = [];
    return rows;
  }

  private newestOf(clauseId: string): ClauseHistoryRow | null {
    return this.newest.get(clauseId) ?? null;
  }

  /** Reads a changed clause and turns its change into rows, timed by when it was made (not read). */
  private snapshot(
    roots: PlenaryRoots,
    clauseId: string,
    change: { author: Author; first: number; last: number },
  ): void {
    const { author, first: now, last: end } = change;
    const wording = wordingOf(roots, clauseId);
    let last = this.newestOf(clauseId);
    if (last === null) {
      const baseline = this.baselines.get(clauseId);
      this.baselines.delete(clauseId);
      if (baseline === undefined) {
        // Changed by the server before the clause's history began, with no reading from before.
        if (wording !== null) this.keep(this.row(clauseId, now, now, null, 'baseline', wording, wording));
        return;
      }
      if (baseline === wording) return;
      if (baseline !== '') {
        last = this.row(clauseId, now - 1, now - 1, null, 'baseline', baseline, baseline);
        this.keep(last);
      }
    }
    const before = last?.kind === 'removed' ? '' : (last?.textAfter ?? '');
    if (wording === null) {
      if (last === null || last.kind === 'removed') return;
      const at = Math.max(now, last.until + 1);
      this.keep(this.row(clauseId, at, Math.max(end, at), author, 'removed', before, ''));
      return;
    }
    if (wording === before && last?.kind !== 'removed') return;
    const continues =
      last !== null &&
      last.kind === 'edit' &&
      last.participantId === author &&
      now - last.until < TYPING_SESSION_GAP_MS;
    if (continues && last !== null) {
      this.keep({ ...last, until: Math.max(end, last.until), textAfter: wording });
      return;
    }
    const at = last === null ? now : Math.max(now, last.until + 1);
    this.keep(this.row(clauseId, at, Math.max(end, at), author, 'edit', before, wording));
  }

  private row(
    clauseId: string,
    at: number,
    until: number,
    participantId: Author,
    kind: ClauseHistoryRow['kind'],
    textBefore: string,
    textAfter: string,
  ): ClauseHistoryRow {
    return { docName: this.docName, clauseId, at, until, participantId, kind, textBefore, textAfter };
  }

  private keep(row: ClauseHistoryRow): void {
    this.newest.set(row.clauseId, row);
    this.ready.push(row);
  }
}

function wordingOf(roots: PlenaryRoots, clauseId: string): string | null {
  const record = roots.clauses.get(clauseId);
  const clause = record instanceof Y.Map ? readClause(record) : null;
  return clause ? clauseWordingBracketed(clause) : null;
}
