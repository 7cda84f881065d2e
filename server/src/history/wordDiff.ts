import type { DiffPart } from '@parley/shared';
import { diffWords } from 'diff';

/**
 * A word-level diff in the protocol's shape (`added`/`removed` only where true). The common start
 * and end (cut back to whole words) are set aside before jsdiff runs, so a step that typed a few
 * words into a long clause costs a comparison of characters, not a diff of the whole clause.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  let start = commonLength(before, after, (text, n) => text.slice(0, n));
  while (start > 0 && !/\s/.test(before[start - 1] ?? '')) start--;
  const rest = Math.min(before.length, after.length) - start;
  let end = commonLength(before.slice(start), after.slice(start), (text, n) => text.slice(text.length - n));
  end = Math.min(end, rest);
  while (end > 0 && !/\s/.test(before[before.length - end] ?? '')) end--;
  const middle = diffWords(before.slice(start, before.length - end), after.slice(start, after.length - end)).map(
    (part): DiffPart => ({
      value: part.value,
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
    }),
  );
  const parts: DiffPart[] = [];
  if (start > 0) parts.push({ value: before.slice(0, start) });
  parts.push(...middle);
  if (end > 0) parts.push({ value: before.slice(before.length - end) });
  return mergeUnchanged(parts);
}

/** Neighbouring unchanged parts as one (the edges set aside meet jsdiff's own unchanged runs). */
function mergeUnchanged(parts: readonly DiffPart[]): DiffPart[] {
  const merged: DiffPart[] = [];
  for (const part of parts) {
    if (part.value === '') continue;
    const last = merged.at(-1);
    if (last && !last.added && !last.removed && !part.added && !part.removed) {
      merged[merged.length - 1] = { value: last.value + part.value };
    } else merged.push(part);
  }
  return merged;
}

/**
 * The length of the longest common start (or end, by `take`) of two texts, by bisection over native
 * string comparisons: a few dozen comparisons instead of a loop over every character.
 */
function commonLength(a: string, b: string, take: (text: string, n: number) => string): number {
  let low = 0;
  let high = Math.min(a.length, b.length);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (take(a, mid) === take(b, mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}
