import { diffWords } from 'diff';
import type { DiffPart } from '../protocol/DiffPart.ts';
import type { WordSplitter } from './wordSplitter.ts';
import { pieceAt, wordSplitter } from './wordSplitter.ts';

/** A space between words: where a cut at a word's edge is sure to be an edge in both texts. */
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/**
 * Where the common start of two texts may end: at the start of the word in which they part (or of
 * the word before it, when no space separates the two, as in Chinese, so that a dictionary that
 * would group the characters differently in the other text has a word to spare, and a full stop
 * stays with the words it ends).
 */
function startCut(text: string, common: number, splitter: WordSplitter): number {
  if (common === 0) return 0;
  let cut = pieceAt(text, common - 1, splitter).from;
  if (cut > 0 && !isSpace(text[cut - 1])) cut = pieceAt(text, cut - 1, splitter).from;
  return cut;
}

/** Where the common end of two texts may begin (counted from the end): the mirror of `startCut`. */
function endCut(text: string, common: number, splitter: WordSplitter): number {
  if (common === 0) return 0;
  let cut = pieceAt(text, text.length - common, splitter).to;
  if (cut < text.length && !isSpace(text[cut])) cut = pieceAt(text, cut, splitter).to;
  return text.length - cut;
}

/**
 * A word-level diff in the protocol's shape (`added`/`removed` only where true), with words as the
 * language (a BCP 47 tag) has them (`wordSplitter`): `Intl.Segmenter` splits Chinese and Japanese,
 * which write no spaces, into words, so one changed word is one change, not the whole sentence nor a scatter of
 * characters. The common start and end (cut back to whole words) are set aside before jsdiff runs,
 * so a step that typed a few words into a long clause costs a comparison of characters, not a diff
 * of the whole clause. Pure (no Node API): the server and the browser diff alike.
 */
export function wordDiff(before: string, after: string, language = 'en'): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ value: before }];
  const splitter = wordSplitter(language);
  const start = startCut(
    before,
    commonLength(before, after, (text, n) => text.slice(0, n)),
    splitter,
  );
  const rest = Math.min(before.length, after.length) - start;
  const common = commonLength(before.slice(start), after.slice(start), (text, n) => text.slice(text.length - n));
  const end = endCut(before, Math.min(common, rest), splitter);
  const middle = diffWords(before.slice(start, before.length - end), after.slice(start, after.length - end), {
    intlSegmenter: splitter,
  }).map(
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
