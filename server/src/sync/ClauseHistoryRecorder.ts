import type { PlenaryRoots } from '@parley/shared';
import { clauseWordingBracketed, readClause } from '@parley/shared';
import * as Y from 'yjs';
import type { ClauseHistoryRow } from '../storage/DocumentStore.ts';

/** Steps of one author on one clause closer together than this (and nobody else's between) are one entry. */
export const TYPING_SESSION_GAP_MS = 60_000;

/**
 * Another author who types in a clause less than this after the newest entry's last change types
 * together with its authors: the entry becomes theirs jointly, with no reading of the clause at the
 * switch. It bridges the pauses inside typing (a word looked up, a sentence thought over: a few
 * seconds), so people typing in one clause at once make one entry however their keystrokes
 * interleave; an answer to what someone wrote comes after reading it, most often later than this,
 * and stays an entry of its own. A joint entry then goes on, as one author's does, while any of its
 * authors types within `TYPING_SESSION_GAP_MS`.
 */
export const SIMULTANEOUS_TYPING_MS = 5_000;

/** Who made a change: a participant id, or null for the server itself. */
export type Author = string | null;

/**
 * How a change was made: typed by a client (it may be shared with others typing at the same time),
 * or by a command or the server itself (always an entry of its own, never joined by others' typing).
 */
export type ChangeMade = 'typed' | 'command';

/** Changes of one clause not yet read: by whom (in the order they joined), and when they began and ended. */
interface Step {
  readonly authors: Author[];
  readonly first: number;
  last: number;
  /** Made by a command or the server, or it added or removed the clause: shared with nobody. */
  alone: boolean;
}

/**
 * Keeps a plenary's clause history as its clauses change: the room says which clauses a change
 * touched and who made it (cheap: a map write per clause), and once per persisted turn the recorder
 * reads each touched clause's wording once and turns it into history rows, which the persist queue
 * writes in the same transaction as the turn's updates. The newest row of each clause is read once,
 * when the room loads (`DocumentStore.newestClauseHistory`), and kept in memory: recording never
 * waits for storage, and a keystroke in a session of typing costs no read. People typing in one
 * clause at the same time (`SIMULTANEOUS_TYPING_MS`) make one joint entry, so their alternating
 * keystrokes cost no read either.
 */
export class ClauseHistoryRecorder {
  /** Newest row per clause (absent: it has none) — read from storage when the room loaded. */
  private readonly newest = new Map<string, ClauseHistoryRow>();
  /** Clauses whose newest row began with a step shared with nobody (a command's): nobody joins it. */
  private readonly newestAlone = new Set<string>();
  /** Wording of clauses whose history begins with the change being made: the baseline. */
  private readonly baselines = new Map<string, string>();
  /** Clauses the change being made added (`created`), until `changed` hears of it. */
  private readonly addedNow = new Set<string>();
  /** Clauses changed since they were last read. */
  private readonly dirty = new Map<string, Step>();
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
   * Before `author`'s typing in these clauses is applied: learns whether their history has begun
   * and, if not, keeps their wording now as the baseline ("text when the history began"); a clause
   * another author changed earlier in this turn has that step read now, before this one mixes in,
   * unless they are typing together (then the step becomes joint when the change is admitted).
   */
  beforeChange(roots: PlenaryRoots, clauseIds: readonly string[], author: Author): void {
    for (const clauseId of clauseIds) {
      const previous = this.dirty.get(clauseId);
      if (previous !== undefined && !previous.authors.includes(author) && !this.mayJoin(previous, author)) {
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
      this.addedNow.add(clauseId);
      if (this.newestOf(clauseId) === null && !this.baselines.has(clauseId)) this.baselines.set(clauseId, '');
    }
  }

  /** These clauses' wording changed (or they were added or removed), by `author`, as `made` says. */
  changed(roots: PlenaryRoots, clauseIds: Iterable<string>, author: Author, made: ChangeMade): void {
    for (const clauseId of clauseIds) {
      const now = this.now();
      const added = this.addedNow.has(clauseId);
      const alone = made === 'command' || author === null || added || !roots.clauses.has(clauseId);
      const previous = this.dirty.get(clauseId);
      if (previous !== undefined) {
        if (previous.authors.includes(author)) {
          previous.last = now;
          previous.alone ||= alone;
          continue;
        }
        if (!alone && this.mayJoin(previous, author)) {
          previous.authors.push(author);
          previous.last = now;
          continue;
        }
        // Two authors on one clause and no reading from between (`beforeChange`): the first one's
        // step ends here, with the second one's change in it.
        this.snapshot(roots, clauseId, previous);
      }
      this.dirty.set(clauseId, { authors: [author], first: now, last: now, alone });
    }
    this.addedNow.clear();
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

  /** `author` typing now joins a step not yet read: its authors typed in the clause moments ago. */
  private mayJoin(step: Step, author: Author): boolean {
    return !step.alone && author !== null && this.now() - step.last < SIMULTANEOUS_TYPING_MS;
  }

  /** Reads a changed clause and turns its change into rows, timed by when it was made (not read). */
  private snapshot(roots: PlenaryRoots, clauseId: string, change: Step): void {
    const { authors, first: now, last: end } = change;
    const wording = wordingOf(roots, clauseId);
    let last = this.newestOf(clauseId);
    if (last === null) {
      const baseline = this.baselines.get(clauseId);
      this.baselines.delete(clauseId);
      if (baseline === undefined) {
        // Changed by the server before the clause's history began, with no reading from before.
        if (wording !== null) this.keep(this.row(clauseId, now, now, [null], 'baseline', wording, wording), true);
        return;
      }
      if (baseline === wording) return;
      if (baseline !== '') {
        last = this.row(clauseId, now - 1, now - 1, [null], 'baseline', baseline, baseline);
        this.keep(last, true);
      }
    }
    const before = last?.kind === 'removed' ? '' : (last?.textAfter ?? '');
    if (wording === null) {
      if (last === null || last.kind === 'removed') return;
      const at = Math.max(now, last.until + 1);
      this.keep(this.row(clauseId, at, Math.max(end, at), authors, 'removed', before, ''), true);
      return;
    }
    if (wording === before && last?.kind !== 'removed') return;
    if (last !== null && this.continues(last, change)) {
      const all = [...authorsOf(last), ...authors.filter((author) => !authorsOf(last).includes(author))];
      this.keep(
        { ...last, until: Math.max(end, last.until), textAfter: wording, coAuthors: participants(all.slice(1)) },
        this.newestAlone.has(clauseId) || change.alone,
      );
      return;
    }
    const at = last === null ? now : Math.max(now, last.until + 1);
    this.keep(this.row(clauseId, at, Math.max(end, at), authors, 'edit', before, wording), change.alone);
  }

  /**
   * Whether a step goes on the clause's newest entry: its first author is one of the entry's and
   * began within the gap of a session of typing, or typed together with them (an edit shared with
   * nobody is joined by nobody, and the server joins nobody).
   */
  private continues(last: ClauseHistoryRow, step: Step): boolean {
    if (last.kind !== 'edit') return false;
    const starter = step.authors[0] ?? null;
    const gap = step.first - last.until;
    if (authorsOf(last).includes(starter)) return gap < TYPING_SESSION_GAP_MS;
    return (
      !step.alone &&
      !this.newestAlone.has(last.clauseId) &&
      starter !== null &&
      last.participantId !== null &&
      gap < SIMULTANEOUS_TYPING_MS
    );
  }

  private row(
    clauseId: string,
    at: number,
    until: number,
    authors: readonly Author[],
    kind: ClauseHistoryRow['kind'],
    textBefore: string,
    textAfter: string,
  ): ClauseHistoryRow {
    const participantId = authors[0] ?? null;
    const coAuthors = participants(authors.slice(1));
    return { docName: this.docName, clauseId, at, until, participantId, coAuthors, kind, textBefore, textAfter };
  }

  private keep(row: ClauseHistoryRow, alone: boolean): void {
    this.newest.set(row.clauseId, row);
    if (alone) this.newestAlone.add(row.clauseId);
    else this.newestAlone.delete(row.clauseId);
    this.ready.push(row);
  }
}

/** Everyone a row names: its first author, then the others. */
function authorsOf(row: ClauseHistoryRow): Author[] {
  return [row.participantId, ...row.coAuthors];
}

/** The participants among authors (the server is never a co-author: its changes are shared with nobody). */
function participants(authors: readonly Author[]): string[] {
  return authors.filter((author): author is string => author !== null);
}

function wordingOf(roots: PlenaryRoots, clauseId: string): string | null {
  const record = roots.clauses.get(clauseId);
  const clause = record instanceof Y.Map ? readClause(record) : null;
  return clause ? clauseWordingBracketed(clause) : null;
}
