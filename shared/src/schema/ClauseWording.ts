import * as Y from 'yjs';
import { BRACKET_MARK } from './Bracket.ts';
import type { Clause } from './Clause.ts';
import { DELETION_MARK, INSERTION_MARK, suggestionAttributesSchema } from './Suggestion.ts';
import { unmarkedWords } from './UnmarkedText.ts';

/**
 * A clause's wording as plain text, brackets and pending suggestions visible: the heading, then each
 * paragraph of the body, then each option as "label: text", one per line. What the clause history
 * keeps and the revision compare diffs word by word; `[` and `]` stand for the bracket marks, as a
 * delegate reads them on paper, and a pending suggestion reads as in the Markdown export
 * (CriticMarkup): `{++proposed words++}`, `{--words proposed for deletion--}`.
 */
export function clauseWordingBracketed(clause: {
  readonly heading: Clause['heading'];
  readonly body: Clause['body'];
  readonly options: readonly Pick<Clause['options'][number], 'label' | 'body'>[];
}): string {
  const lines: string[] = [];
  const heading = clause.heading.toString();
  if (heading !== '') lines.push(heading);
  lines.push(...fragmentLines(clause.body));
  for (const option of clause.options) lines.push(`${option.label}: ${fragmentLines(option.body).join(' ')}`);
  return lines.join('\n');
}

function fragmentLines(fragment: Y.XmlFragment): string[] {
  const lines: string[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook): void => {
    if (node instanceof Y.XmlText) return;
    if (!(node instanceof Y.XmlElement)) return;
    const children = node.toArray();
    if (children.length > 0 && children.every((child) => child instanceof Y.XmlText)) {
      lines.push(children.map((child) => bracketedText(child as Y.XmlText)).join(''));
    } else if (children.length === 0) {
      lines.push('');
    } else {
      for (const child of children) visit(child);
    }
  };
  for (const child of fragment.toArray()) visit(child);
  // Empty paragraphs say nothing in a word diff.
  return lines.filter((line) => line !== '');
}

/** The suggestion a run lies under ("insertion:<id>"), or "" (a deletion over an insertion reads as the deletion). */
function suggestionKey(attributes: Record<string, unknown> | undefined): string {
  for (const kind of [DELETION_MARK, INSERTION_MARK] as const) {
    const value = attributes?.[kind];
    // Most runs carry no suggestion: skip zod's failing parse (it builds an error each time).
    if (value === undefined || value === null) continue;
    const parsed = suggestionAttributesSchema.safeParse(value);
    if (parsed.success) return `${kind}:${parsed.data.id}`;
  }
  return '';
}

const OPEN = { [INSERTION_MARK]: '{++', [DELETION_MARK]: '{--' } as const;
const CLOSE = { [INSERTION_MARK]: '++}', [DELETION_MARK]: '--}' } as const;
const kindOf = (key: string) => (key.startsWith(INSERTION_MARK) ? INSERTION_MARK : DELETION_MARK);

function bracketedText(text: Y.XmlText): string {
  const unmarked = unmarkedWords(text);
  if (unmarked !== null) return unmarked;
  let out = '';
  let open = false;
  let suggestion = '';
  for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof run.insert !== 'string') continue;
    const bracketed = run.attributes?.[BRACKET_MARK] !== undefined;
    const key = suggestionKey(run.attributes);
    // A suggestion closes inside a bracket that closes, so the marks nest as the reader expects.
    if (suggestion !== '' && (key !== suggestion || bracketed !== open)) out += CLOSE[kindOf(suggestion)];
    if (bracketed && !open) out += '[';
    if (!bracketed && open) out += ']';
    if (key !== '' && (key !== suggestion || bracketed !== open)) out += OPEN[kindOf(key)];
    open = bracketed;
    suggestion = key;
    out += run.insert;
  }
  if (suggestion !== '') out += CLOSE[kindOf(suggestion)];
  return open ? `${out}]` : out;
}
