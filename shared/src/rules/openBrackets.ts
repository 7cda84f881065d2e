import * as Y from 'yjs';
import type { BracketHolder, BracketReason } from '../schema/Bracket.ts';
import { BRACKET_MARK, bracketSchema } from '../schema/Bracket.ts';
import type { Clause } from '../schema/Clause.ts';
import { carriesNoMark } from '../schema/UnmarkedText.ts';

/** Where in a clause a bracket sits: its heading, its body, or the body of one of its options. */
export type BracketField =
  | { readonly kind: 'heading' }
  | { readonly kind: 'body' }
  | { readonly kind: 'option'; readonly label: string };

/** One open bracket of a clause: who holds it, why, and the words it holds. */
export interface OpenBracket {
  /** A party, or the mediator (`MEDIATOR_HOLDER`) for a bracket not yet given to a party. */
  readonly holder: BracketHolder;
  readonly reason: BracketReason;
  readonly note: string | null;
  /** The bracketed words, as a reader sees them. */
  readonly words: string;
  readonly field: BracketField;
}

interface DeltaOp {
  readonly insert: unknown;
  readonly attributes?: Record<string, unknown>;
}

/**
 * The brackets of one text run by run: a run carrying a valid `bracket` attribute is inside a
 * bracket (y-prosemirror stores a mark as a format attribute that a non-null value opens and a
 * later null closes; the delta already resolves that). Adjacent runs under the same holder, reason
 * and note are one bracket, even when another mark (bold) splits them.
 */
function bracketsOfText(text: Y.Text, field: BracketField, found: OpenBracket[]): void {
  if (carriesNoMark(text)) return;
  // null marks a run outside any bracket: it ends the bracket before it.
  const runs: (OpenBracket | null)[] = (text.toDelta() as DeltaOp[]).map((op) => {
    const value = op.attributes?.[BRACKET_MARK];
    // Most runs are outside any bracket: skip zod's failing parse (it builds an error each time).
    if (value === undefined || value === null) return null;
    const parsed = bracketSchema.safeParse(value);
    if (!parsed.success) return null;
    const words = typeof op.insert === 'string' ? op.insert : '';
    const { holder, reason } = parsed.data;
    return { holder: holder as BracketHolder, reason, note: parsed.data.note ?? null, words, field };
  });
  let previous: OpenBracket | null = null;
  for (const run of runs) {
    const last = found.at(-1);
    if (run && previous && last && sameBracket(previous, run)) {
      found[found.length - 1] = { ...last, words: last.words + run.words };
    } else if (run) {
      found.push(run);
    }
    previous = run;
  }
}

const sameBracket = (a: OpenBracket, b: OpenBracket) =>
  a.holder === b.holder && a.reason === b.reason && a.note === b.note;

function bracketsOfFragment(node: Y.XmlFragment | Y.XmlElement, field: BracketField, found: OpenBracket[]): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) bracketsOfText(child, field, found);
    else if (child instanceof Y.XmlElement) bracketsOfFragment(child, field, found);
  }
}

/** Every open bracket of a clause, across its heading, its body and its options' bodies, in reading order. */
export function openBracketsOf(clause: Pick<Clause, 'heading' | 'body' | 'options'>): OpenBracket[] {
  const found: OpenBracket[] = [];
  bracketsOfText(clause.heading, { kind: 'heading' }, found);
  bracketsOfFragment(clause.body, { kind: 'body' }, found);
  for (const option of clause.options) bracketsOfFragment(option.body, { kind: 'option', label: option.label }, found);
  return found.map((bracket) => ({ ...bracket, words: bracket.words.trim() }));
}
