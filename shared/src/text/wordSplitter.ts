/** One piece of a text: a word, a run of spaces or a mark, with its offset (`Intl.Segmenter`'s shape). */
export interface WordSegment {
  readonly segment: string;
  readonly index: number;
  readonly isWordLike?: boolean;
}

/** The pieces of one text, in order, and the one at an offset. */
export interface WordSegments extends Iterable<WordSegment> {
  containing(index: number): WordSegment | undefined;
}

/**
 * What splits a text into words: `Intl.Segmenter` with `granularity: 'word'`, or the same shape over
 * a regular expression. jsdiff takes either as its `intlSegmenter` (it reads `resolvedOptions` and
 * `segment`).
 */
export interface WordSplitter {
  segment(text: string): WordSegments;
  resolvedOptions(): { readonly granularity: string };
}

/**
 * Scripts written without spaces between words (ISO 15924): Chinese (Han, simplified and
 * traditional), Japanese, Thai, Lao, Khmer, Myanmar, Tibetan. Their words come from a dictionary.
 */
const UNSPACED_SCRIPTS = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Thai', 'Laoo', 'Khmr', 'Mymr', 'Tibt']);

/** A word, a run of spaces, or one other character, in any script that puts spaces between words. */
const SPACED_PIECE = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

function splitSpaced(text: string): WordSegments {
  const pieces: WordSegment[] = [];
  for (const match of text.matchAll(SPACED_PIECE)) {
    const segment = match[0];
    pieces.push({ segment, index: match.index, isWordLike: /[\p{L}\p{N}]/u.test(segment) });
  }
  return {
    [Symbol.iterator]: () => pieces[Symbol.iterator](),
    containing: (index) => pieces.find((piece) => piece.index <= index && index < piece.index + piece.segment.length),
  };
}

/**
 * Words of a language whose script puts spaces between them (Latin, Cyrillic, Arabic, Greek, Hebrew,
 * Devanagari …): letters, marks and digits of every script, by a regular expression. The same words
 * as `Intl.Segmenter` for these scripts, at a small part of its cost (the engine's segmenter takes
 * microseconds per word, and the history diffs every step of typing).
 */
const SPACED_SPLITTER: WordSplitter = {
  segment: splitSpaced,
  resolvedOptions: () => ({ granularity: 'word' }),
};

/** Whether a splitter is the dictionary one (`Intl.Segmenter`) of a script written without spaces. */
export function splitsByDictionary(splitter: WordSplitter): boolean {
  return splitter !== SPACED_SPLITTER;
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;

/** How far around an offset a dictionary splitter looks: more than any word is long. */
const WINDOW = 128;

/**
 * The piece of `text` (word, spaces or mark) at `index`, as offsets in `text`: for spaced scripts by
 * reading the characters on either side (the cost of one word), for the others by segmenting a window
 * around it.
 */
export function pieceAt(text: string, index: number, splitter: WordSplitter): { from: number; to: number } {
  if (!splitsByDictionary(splitter)) {
    const char = text[index];
    if (char === undefined) return { from: index, to: index };
    const same = WORD_CHARACTER.test(char)
      ? (c: string) => WORD_CHARACTER.test(c)
      : /\s/.test(char)
        ? (c: string) => /\s/.test(c)
        : null;
    if (same === null) return { from: index, to: index + 1 };
    let from = index;
    let to = index + 1;
    while (from > 0 && same(text[from - 1] ?? '')) from--;
    while (to < text.length && same(text[to] ?? '')) to++;
    return { from, to };
  }
  const windowStart = Math.max(0, index - WINDOW);
  const found = splitter.segment(text.slice(windowStart, index + WINDOW)).containing(index - windowStart);
  if (found === undefined) return { from: index, to: index };
  return { from: windowStart + found.index, to: windowStart + found.index + found.segment.length };
}

/** One splitter per language: building a segmenter loads the language's break rules and dictionary. */
const splitters = new Map<string, WordSplitter>();

function scriptOf(language: string): string | undefined {
  try {
    return new Intl.Locale(language).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * What splits a language's text (a BCP 47 tag) into words: `Intl.Segmenter` where the script writes
 * no spaces (Chinese and Japanese split by dictionary, Thai likewise), the Unicode word pattern
 * elsewhere (Arabic and Cyrillic at their spaces and punctuation, as Latin).
 */
export function wordSplitter(language: string): WordSplitter {
  let splitter = splitters.get(language);
  if (splitter === undefined) {
    const script = scriptOf(language);
    splitter =
      script !== undefined && UNSPACED_SCRIPTS.has(script)
        ? new Intl.Segmenter(language, { granularity: 'word' })
        : SPACED_SPLITTER;
    splitters.set(language, splitter);
  }
  return splitter;
}
