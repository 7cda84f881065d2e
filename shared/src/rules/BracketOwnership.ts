import type { Bracket } from '../schema/Bracket.ts';
import { bracketSchema } from '../schema/Bracket.ts';

/**
 * A run of bracketed words as a reader sees it: consecutive characters of one text block under the
 * same bracket and the same marks. `marks` is the run's whole formatting in a canonical form, so a
 * change to any mark of bracketed words (or to the bracket itself) changes the run.
 */
export interface BracketedRun {
  readonly bracket: Bracket;
  readonly marks: string;
  readonly words: string;
  /** The run continues the previous one directly (same text block, only the marks differ). */
  readonly joined: boolean;
}

/** A bracket's stored value in one form: a bracket stored without `note` is the one with `note: null`. */
export function normalBracket(value: unknown): Bracket | null {
  if (value === undefined || value === null) return null;
  const parsed = bracketSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, note: parsed.data.note ?? null } : null;
}

/** Marks (name → attributes) in a canonical string: keys sorted at every level, brackets normalised. */
export function canonicalMarks(marks: Iterable<readonly [string, unknown]>, bracketKey: string): string {
  const entries = [...marks]
    .map(([key, value]) => [key, key === bracketKey ? normalBracket(value) : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(entries, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

/**
 * "A bracket belongs to its holder": the first run of another party's brackets that changed between
 * two readings of a clause, or null. After a delegate's edit, no character another party bracketed
 * may be unbracketed, re-bracketed, reformatted or moved out, and no words may be added under another
 * party's bracket. The server's update gate and the client's editor both judge edits with this.
 */
export function changedForeignBracket(
  before: readonly BracketedRun[],
  after: readonly BracketedRun[],
  ownParty: string | undefined,
): BracketedRun | null {
  const foreign = (runs: readonly BracketedRun[]) => runs.filter((run) => run.bracket.holder !== ownParty);
  const was = foreign(before);
  const is = foreign(after);
  for (let i = 0; i < Math.max(was.length, is.length); i++) {
    const a = was[i];
    const b = is[i];
    if (!a || !b || a.marks !== b.marks || a.words !== b.words || a.joined !== b.joined) return a ?? b ?? null;
  }
  return null;
}
