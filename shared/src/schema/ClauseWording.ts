import * as Y from 'yjs';
import { BRACKET_MARK } from './Bracket.ts';
import type { Clause } from './Clause.ts';

/**
 * A clause's wording as plain text, brackets visible: the heading, then each paragraph of the body,
 * then each option as "label: text", one per line. What the clause history keeps and diffs word by
 * word; `[` and `]` stand for the bracket marks, as a delegate reads them on paper.
 */
export function clauseWordingBracketed(clause: Pick<Clause, 'heading' | 'body' | 'options'>): string {
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

function bracketedText(text: Y.XmlText): string {
  let out = '';
  let open = false;
  for (const run of text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
    if (typeof run.insert !== 'string') continue;
    const bracketed = run.attributes?.[BRACKET_MARK] !== undefined;
    if (bracketed && !open) out += '[';
    if (!bracketed && open) out += ']';
    open = bracketed;
    out += run.insert;
  }
  return open ? `${out}]` : out;
}
