import { diffWords } from 'diff';
import type { DiffPart } from '../protocol/DiffPart.ts';

/** One word segmenter per language: building one loads the language's break rules (and dictionary for CJK). */
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The word segmenter of a language (BCP 47 tag): Chinese and Japanese are split into words by
 * dictionary, Thai likewise, Arabic and Cyrillic at their spaces and punctuation. A tag `Intl`
 * does not know falls back to the root rules.
 */
export function wordSegmenter(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/** How far around a cut point the text is segmented: more than any word is long. */
const WINDOW = 128;

/** A space between words: where a cut at a word's edge is sure to be an edge in both texts. */
const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);

/** The segment of `text` containing `index`, segmented in a window around it (its offsets in `text`). */
function segmentAt(text: string, index: number, segmenter: Intl.Segmenter): { from: number; to: number } {
  const windowStart = Math.max(0, index - WINDOW);
  const found = segmenter.segment(text.slice(windowStart, index + WINDOW)).containing(index - windowStart);
  if (found === undefined) return { from: index, to: index };
  return { from: windowStart + found.index, to: windowStart + found.index + found.segment.length };
}

/**
 * Where the common start of two texts may end: at the start of the word in which they part (or of
 * the word before it, when no space separates the two, as in Chinese, so that a dictionary that
 * would group the characters differently in the other text has a word to spare, and a full stop
 * stays with the words it ends).
 */
function startCut(text: string, common: number, segmenter: Intl.Segmenter): number {
  if (common === 0) return 0;
  let cut = segmentAt(text, common - 1, segmenter).from;
  if (cut > 0 && !isSpace(text[cut - 1])) cut = segmentAt(text, cut - 1, segmenter).from;
  return cut;
}

/** Where the common end of two texts may begin (counted from the end): the mirror of `startCut`. */
function endCut(text: string, common: number, segmenter: Intl.Segmenter): number {
  if (common === 0) return 0;
  let cut = segmentAt(text, text.length - common, segmenter).to;
  if (cut < text.length && !isSpace(text[cut])) cut = segmentAt(text, cut, segmenter).to;
  return text.length - cut;
}

/**
 * A word-level diff in the protocol's shape (`added`/`removed` only where true), with words as the
 * language (a BCP 47 tag) has them: `Intl.Segmenter` splits Chinese and Japanese, which write no
 * spaces, into words, so one changed word is one change, not the whole sentence nor a scatter of
 * characters. The common start and end (cut back to whole words) are set aside before jsdiff runs,
 * so a step that typed a few words into a long clause costs a comparison of characters, not a diff
 * of the whole clause. Pure (no Node API): the server and the browser diff alike.
 */
export function wordDiff(before: string, after: string, language = 'en'): DiffPart[] {
  if (before === after) return before === '' ? [] : [{ value: before }];
  const segmenter = wordSegmenter(language);
  const start = startCut(
    before,
    commonLength(before, after, (text, n) => text.slice(0, n)),
    segmenter,
  );
  const rest = Math.min(before.length, after.length) - start;
  const common = commonLength(before.slice(start), after.slice(start), (text, n) => text.slice(text.length - n));
  const end = endCut(before, Math.min(common, rest), segmenter);
  const middle = diffWords(before.slice(start, before.length - end), after.slice(start, after.length - end), {
    intlSegmenter: segmenter,
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
