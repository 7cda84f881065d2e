/**
 * What a reader (DOCX or Markdown) makes of a file before the clause rules run: blocks in reading
 * order with their inline formatting. Brackets are still literal "[" "]" characters here; numbering
 * and "PP" labels have been taken off and are told by `numbered` and `preamble`.
 */
export interface DraftRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

export type DraftBlock =
  /** The document's title (a Title or Heading 1 style, a Markdown `#`). */
  | { readonly type: 'heading'; readonly level: number; readonly runs: readonly DraftRun[] }
  | {
      readonly type: 'paragraph';
      readonly runs: readonly DraftRun[];
      /** Numbered by Word's list numbering, or typed as "1." / "1)" by hand: an operative paragraph. */
      readonly numbered: boolean;
      /** Marked as preamble by a "PP" style or a typed "PP1." label. */
      readonly preamble: boolean;
    }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly DraftRun[])[] };

export interface DraftDocument {
  readonly blocks: readonly DraftBlock[];
  readonly warnings: readonly string[];
}

/** Joins neighbouring runs with the same marks, and trims the paragraph's outer white space. */
export function tidyRuns(runs: readonly DraftRun[]): DraftRun[] {
  const merged: DraftRun[] = [];
  for (const run of runs) {
    const text = run.text.replace(/\s+/g, ' ');
    if (text.length === 0) continue;
    const last = merged[merged.length - 1];
    if (last && Boolean(last.bold) === Boolean(run.bold) && Boolean(last.italic) === Boolean(run.italic)) {
      merged[merged.length - 1] = { ...last, text: last.text + text };
    } else merged.push({ text, ...(run.bold ? { bold: true } : {}), ...(run.italic ? { italic: true } : {}) });
  }
  const first = merged[0];
  if (first) merged[0] = { ...first, text: first.text.trimStart() };
  const last = merged[merged.length - 1];
  if (last) merged[merged.length - 1] = { ...last, text: last.text.trimEnd() };
  return merged.filter((run) => run.text.length > 0);
}

const NUMBER_LABEL = /^\s*\d{1,3}[.)]\s+/;
const PREAMBLE_LABEL = /^\s*PP\s?\d{1,3}[.):]?\s+/i;

/** Takes a typed label off the start of a paragraph: "1." / "2)" (operative) or "PP1." (preamble). */
export function takeLabel(runs: readonly DraftRun[]): { runs: DraftRun[]; label: 'number' | 'preamble' | null } {
  const first = runs[0];
  if (!first) return { runs: [], label: null };
  for (const [pattern, label] of [
    [PREAMBLE_LABEL, 'preamble'],
    [NUMBER_LABEL, 'number'],
  ] as const) {
    const match = pattern.exec(first.text);
    if (match) {
      const rest = first.text.slice(match[0].length);
      return { runs: rest.length > 0 ? [{ ...first, text: rest }, ...runs.slice(1)] : runs.slice(1), label };
    }
  }
  return { runs: [...runs], label: null };
}
