import type { DiffPart } from '@parley/shared';

/** Words of unchanged text kept on each side of a change. */
const CONTEXT_WORDS = 12;

/**
 * A word diff with long unchanged stretches cut down to a few words around each change ("…"): a
 * history entry shows what changed, and its size follows the change, not the length of the clause.
 */
export function trimContext(parts: readonly DiffPart[], words = CONTEXT_WORDS): DiffPart[] {
  return parts.map((part, index) => {
    if (part.added || part.removed) return part;
    // Only the words near each end are looked at: the cost follows the context kept, not the clause.
    const starts = wordStarts(part.value, 2 * words + 1);
    if (starts.length <= 2 * words) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = part.value.slice(0, starts[words] ?? part.value.length);
    const tail = part.value.slice(startOfLastWords(part.value, words));
    if (first && last) return part;
    if (first) return { value: `… ${tail.trimStart()}` };
    if (last) return { value: `${head.trimEnd()} …` };
    return { value: `${head}… ${tail.trimStart()}` };
  });
}

/** Where the first `count` words of a text begin (fewer when it has fewer). */
function wordStarts(text: string, count: number): number[] {
  const pattern = /\S+/g;
  const starts: number[] = [];
  for (let match = pattern.exec(text); match !== null && starts.length < count; match = pattern.exec(text)) {
    starts.push(match.index);
  }
  return starts;
}

/** Where the last `count` words of a text begin, read backwards from its end. */
function startOfLastWords(text: string, count: number): number {
  let i = text.length;
  for (let found = 0; found < count; found++) {
    while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
    if (i === 0) return 0;
    while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  }
  return i;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
}
