import type { Bracket, ClauseId, PlenaryRoots } from '@parley/shared';
import { BRACKET_MARK, bracketSchema, clauseRecord } from '@parley/shared';
import * as Y from 'yjs';

/**
 * A run of bracketed words as a reader sees it: consecutive characters of one text node under the
 * same bracket and the same marks. `marks` is the run's whole formatting in a canonical form, so a
 * change to any mark of bracketed words (or to the bracket itself) changes the run.
 */
export interface BracketedRun {
  readonly bracket: Bracket;
  readonly marks: string;
  readonly words: string;
  /** The run continues the previous one directly (same text node, only the marks differ). */
  readonly joined: boolean;
}

/** Every bracketed run of one clause (its body, then its options in order), in reading order. */
export type ClauseBrackets = readonly BracketedRun[];

/**
 * The bracketed text of the given clauses, read from the document's live state. Brackets are judged
 * by what each character ends up under, not by where markers sit, so the binding's own rewrites
 * (Enter, Backspace, a paragraph written anew) are judged by their effect.
 */
export function readClauseBrackets(roots: PlenaryRoots, clauseIds: Iterable<string>): Map<string, ClauseBrackets> {
  const result = new Map<string, ClauseBrackets>();
  for (const clauseId of clauseIds) {
    const record = clauseRecord(roots, clauseId as ClauseId);
    const runs: BracketedRun[] = [];
    if (record) {
      const body = record.get('body');
      if (body instanceof Y.XmlFragment) collectRuns(body, runs);
      const options = record.get('options');
      if (options instanceof Y.Array) {
        for (const option of options.toArray()) {
          const optionBody = option instanceof Y.Map ? option.get('body') : null;
          if (optionBody instanceof Y.XmlFragment) collectRuns(optionBody, runs);
        }
      }
    }
    result.set(clauseId, runs);
  }
  return result;
}

function collectRuns(type: Y.XmlFragment, into: BracketedRun[]): void {
  for (const child of type.toArray()) {
    if (child instanceof Y.XmlText) collectTextRuns(child, into);
    else if (child instanceof Y.XmlElement) collectRuns(child, into);
  }
}

/** Walks a text node's items the way `Y.Text#toDelta` does: a format item sets or (null) ends a mark. */
function collectTextRuns(text: Y.XmlText, into: BracketedRun[]): void {
  const marks = new Map<string, unknown>();
  let run: { bracket: Bracket; marks: string; words: string[]; joined: boolean } | null = null;
  /** Whether the next run starts right where a bracketed run ended (only the marks differ). */
  let joined = false;
  const close = (nextJoined: boolean) => {
    if (run) into.push({ bracket: run.bracket, marks: run.marks, words: run.words.join(''), joined: run.joined });
    run = null;
    joined = nextJoined;
  };
  let marksKey: string | null = null;
  let bracket: Bracket | null = null;
  for (let item = text._start; item !== null; item = item.right) {
    if (item.deleted) continue;
    const content = item.content;
    if (content instanceof Y.ContentFormat) {
      if (content.value === null) marks.delete(content.key);
      else marks.set(content.key, content.value);
      marksKey = null;
      continue;
    }
    if (!(content instanceof Y.ContentString)) {
      close(false);
      continue;
    }
    if (marksKey === null) {
      marksKey = canonicalMarks(marks);
      bracket = parseBracket(marks.get(BRACKET_MARK));
    }
    if (bracket === null) {
      close(false);
      continue;
    }
    const current = run as { marks: string; words: string[] } | null;
    if (current && current.marks === marksKey) current.words.push(content.str);
    else {
      close(current !== null || joined);
      run = { bracket, marks: marksKey, words: [content.str], joined };
    }
  }
  close(false);
}

function parseBracket(value: unknown): Bracket | null {
  if (value === undefined || value === null) return null;
  const parsed = bracketSchema.safeParse(value);
  // A bracket stored without `note` is the same bracket as one with `note: null`.
  return parsed.success ? { ...parsed.data, note: parsed.data.note ?? null } : null;
}

function canonicalMarks(marks: Map<string, unknown>): string {
  const entries = [...marks.entries()]
    .map(([key, value]) => [key, key === BRACKET_MARK ? parseBracket(value) : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

/** A bracket added, lifted or whose words changed in one update, for the session's record. */
export interface BracketChange extends Bracket {
  readonly action: 'added' | 'lifted';
  readonly clauseId: string;
  readonly words: string;
}

/**
 * The first run of another party's brackets that an update changed, if any: after it, no character
 * another party bracketed may be unbracketed, re-bracketed, reformatted or moved out, and no words
 * may be added under another party's bracket. `holderParty` is the sender's party (the mediator
 * has none, and is not bound by this rule).
 */
export function changedForeignBracket(
  before: ClauseBrackets,
  after: ClauseBrackets,
  senderParty: string,
): BracketedRun | null {
  const foreign = (runs: ClauseBrackets) => runs.filter((run) => run.bracket.holder !== senderParty);
  const was = foreign(before);
  const is = foreign(after);
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const a = was[i];
    const b = is[i];
    if (!a || !b || a.marks !== b.marks || a.words !== b.words || a.joined !== b.joined) return a ?? b ?? null;
  }
  return null;
}

/** Brackets whose runs appear or disappear between two readings (a changed run is lifted, then added). */
export function bracketChanges(clauseId: string, before: ClauseBrackets, after: ClauseBrackets): BracketChange[] {
  const key = (run: BracketedRun) =>
    JSON.stringify([run.bracket.holder, run.bracket.reason, run.bracket.note ?? null, run.words]);
  const count = (runs: ClauseBrackets) => {
    const counts = new Map<string, { run: BracketedRun; n: number }>();
    for (const run of mergedByBracket(runs)) {
      const entry = counts.get(key(run));
      if (entry) entry.n++;
      else counts.set(key(run), { run, n: 1 });
    }
    return counts;
  };
  const was = count(before);
  const is = count(after);
  const changes: BracketChange[] = [];
  const diff = (from: typeof was, to: typeof was, action: BracketChange['action']) => {
    for (const [k, { run, n }] of from) {
      for (let i = to.get(k)?.n ?? 0; i < n; i++) {
        changes.push({ action, clauseId, ...run.bracket, words: run.words });
      }
    }
  };
  diff(was, is, 'lifted');
  diff(is, was, 'added');
  return changes;
}

/** Consecutive runs of one bracket (differing only in other marks) read as one bracket. */
function mergedByBracket(runs: ClauseBrackets): BracketedRun[] {
  const merged: BracketedRun[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && run.joined && sameBracket(last.bracket, run.bracket)) {
      merged[merged.length - 1] = { ...last, words: last.words + run.words };
    } else merged.push(run);
  }
  return merged;
}

function sameBracket(a: Bracket, b: Bracket): boolean {
  return a.holder === b.holder && a.reason === b.reason && (a.note ?? null) === (b.note ?? null);
}
