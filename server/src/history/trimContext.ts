import type { DiffPart, WordSplitter } from '@parley/shared';
import { splitsByDictionary, wordSplitter } from '@parley/shared';

/** Words of unchanged text kept on each side of a change. */
const CONTEXT_WORDS = 12;

/**
 * Characters looked at per word wanted in a script written without spaces (Chinese words are one to
 * four characters): the dictionary segmenter costs microseconds a word, so it reads no further.
 */
const CHARS_PER_WORD = 8;

/**
 * A word diff with long unchanged stretches cut down to a few words around each change ("…"): a
 * history entry shows what changed, and its size follows the change, not the length of the clause.
 * Words are the language's (`wordSplitter`), so a Chinese clause is cut at words too.
 */
export function trimContext(parts: readonly DiffPart[], words = CONTEXT_WORDS, language = 'en'): DiffPart[] {
  const splitter = wordSplitter(language);
  return parts.map((part, index) => {
    if (part.added || part.removed) return part;
    // Only the words near each end are looked at: the cost follows the context kept, not the clause.
    const starts = wordStarts(part.value, 2 * words + 1, splitter);
    if (starts.length <= 2 * words) return part;
    const first = index === 0;
    const last = index === parts.length - 1;
    const head = part.value.slice(0, starts[words] ?? part.value.length);
    const tail = part.value.slice(startOfLastWords(part.value, words, splitter));
    if (first && last) return part;
    if (first) return { value: `… ${tail.trimStart()}` };
    if (last) return { value: `${head.trimEnd()} …` };
    return { value: `${head}… ${tail.trimStart()}` };
  });
}

/**
 * Where the first `count` words of a text begin (fewer when it has fewer), read from its start: at
 * spaces, or by the dictionary in a script written without them.
 */
function wordStarts(text: string, count: number, splitter: WordSplitter): number[] {
  const starts: number[] = [];
  if (!splitsByDictionary(splitter)) {
    const pattern = /\S+/g;
    for (let match = pattern.exec(text); match !== null && starts.length < count; match = pattern.exec(text)) {
      starts.push(match.index);
    }
    return starts;
  }
  for (const segment of splitter.segment(text.slice(0, count * CHARS_PER_WORD))) {
    if (!segment.isWordLike) continue;
    starts.push(segment.index);
    if (starts.length >= count) break;
  }
  return starts;
}

/** Where the last `count` words of a text begin, read from its end. */
function startOfLastWords(text: string, count: number, splitter: WordSplitter): number {
  if (!splitsByDictionary(splitter)) {
    let i = text.length;
    for (let found = 0; found < count; found++) {
      while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
      if (i === 0) return 0;
      while (i > 0 && !/\s/.test(text[i - 1] ?? '')) i--;
    }
    return i;
  }
  const from = Math.max(0, text.length - count * CHARS_PER_WORD);
  const starts = [...splitter.segment(text.slice(from))].filter((s) => s.isWordLike).map((s) => from + s.index);
  return starts.at(-count) ?? starts[0] ?? from;
}
