import type { Bracket, BracketedRun, PlenaryRoots } from '@parley/shared';
import { BRACKET_MARK, canonicalMarks, carriesNoMark, normalBracket } from '@parley/shared';
import * as Y from 'yjs';
import type { WordingRef } from './Wordings.ts';
import { optionBodies, wordingFields, wordingKey } from './Wordings.ts';

/** Every bracketed run of one wording (its body, then its options in order), in reading order. */
export type ClauseBrackets = readonly BracketedRun[];

/**
 * The bracketed text of the given wordings (originals or language versions), keyed by `wordingKey`,
 * read from the document's live state. Brackets are judged by what each character ends up under,
 * not by where markers sit, so the binding's own rewrites (Enter, Backspace, a paragraph written
 * anew) are judged by their effect.
 *
 * `marked`, when given, receives the key of every wording that holds a bracket mark at all (a format
 * item setting one, even around no words yet): only those can hold bracketed words after an update
 * that writes no formatting.
 */
export function readClauseBrackets(
  roots: PlenaryRoots,
  wordings: Iterable<WordingRef>,
  marked?: Set<string>,
): Map<string, ClauseBrackets> {
  const result = new Map<string, ClauseBrackets>();
  for (const ref of wordings) {
    const fields = wordingFields(roots, ref);
    const runs: BracketedRun[] = [];
    const reading = { runs, marked: false };
    if (fields) {
      if (fields.body instanceof Y.XmlFragment) collectRuns(fields.body, reading);
      for (const body of optionBodies(fields)) collectRuns(body, reading);
    }
    const key = wordingKey(ref);
    if (reading.marked) marked?.add(key);
    result.set(key, runs);
  }
  return result;
}

/** One wording's reading: its bracketed runs, and whether any bracket mark is set in it. */
interface Reading {
  readonly runs: BracketedRun[];
  marked: boolean;
}

function collectRuns(type: Y.XmlFragment, reading: Reading): void {
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted || !(item.content instanceof Y.ContentType)) continue;
    const child = item.content.type;
    if (child instanceof Y.XmlText) collectTextRuns(child, reading);
    else if (child instanceof Y.XmlElement) collectRuns(child, reading);
  }
}

/** Parsed bracket values by the stored object: a format item's value never changes once written. */
const parsedBrackets = new WeakMap<object, Bracket | null>();

function bracketValue(value: unknown): Bracket | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object') return normalBracket(value);
  let parsed = parsedBrackets.get(value);
  if (parsed === undefined) {
    parsed = normalBracket(value);
    parsedBrackets.set(value, parsed);
  }
  return parsed;
}

/** Walks a text node's items the way `Y.Text#toDelta` does: a format item sets or (null) ends a mark. */
function collectTextRuns(text: Y.XmlText, reading: Reading): void {
  // Plain typing then costs no walk of the text's items, which was 5% of the server's busy time in
  // the many-rooms profile.
  if (carriesNoMark(text)) return;
  const into = reading.runs;
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
      if (content.key === BRACKET_MARK && content.value !== null) reading.marked = true;
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
      bracket = bracketValue(marks.get(BRACKET_MARK));
      // Only bracketed words need their whole formatting in canonical form.
      marksKey = bracket === null ? '' : canonicalMarks(marks, BRACKET_MARK);
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

/** A bracket added, lifted or whose words changed in one update, for the session's record. */
export interface BracketChange extends Bracket {
  readonly action: 'added' | 'lifted';
  readonly clauseId: string;
  readonly words: string;
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
