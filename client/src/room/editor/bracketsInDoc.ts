import type { BracketedRun } from '@parley/shared';
import { BRACKET_MARK, canonicalMarks, normalBracket } from '@parley/shared';
import type { Mark, Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import type { BracketAttributes } from './BracketMark.ts';

export function bracketOf(marks: readonly Mark[]): Mark | null {
  return marks.find((mark) => mark.type.name === BRACKET_MARK) ?? null;
}

export function bracketAttrs(mark: Mark): BracketAttributes {
  return mark.attrs as BracketAttributes;
}

/**
 * The bracketed runs of a document as the shared ownership rule reads them (`changedForeignBracket`):
 * consecutive characters of one text block under the same bracket and the same marks.
 */
export function bracketedRunsOf(doc: ProseMirrorNode): BracketedRun[] {
  const runs: BracketedRun[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let open: { bracket: BracketedRun['bracket']; marks: string; words: string[]; joined: boolean } | null = null;
    let joined = false;
    const close = (nextJoined: boolean) => {
      if (open)
        runs.push({ bracket: open.bracket, marks: open.marks, words: open.words.join(''), joined: open.joined });
      open = null;
      joined = nextJoined;
    };
    node.forEach((child) => {
      const mark = child.isText ? bracketOf(child.marks) : null;
      const bracket = mark ? normalBracket(mark.attrs) : null;
      if (bracket === null || child.text === undefined) {
        close(false);
        return;
      }
      const marks = canonicalMarks(
        child.marks.map((m) => [m.type.name, m.attrs] as const),
        BRACKET_MARK,
      );
      const current = open as { marks: string; words: string[] } | null;
      if (current && current.marks === marks) current.words.push(child.text);
      else {
        close(current !== null || joined);
        open = { bracket, marks, words: [child.text], joined };
      }
    });
    close(false);
    return false;
  });
  return runs;
}

/** The bracket the position touches: the text just before it, or just after it. */
export function bracketAround($pos: ResolvedPos): Mark | null {
  const before = $pos.nodeBefore ? bracketOf($pos.nodeBefore.marks) : null;
  return before ?? ($pos.nodeAfter ? bracketOf($pos.nodeAfter.marks) : null);
}

/** Every bracket within a range (or touching a cursor), in document order. */
export function bracketsIn(doc: ProseMirrorNode, from: number, to: number): Mark[] {
  if (from === to) {
    const mark = bracketAround(doc.resolve(from));
    return mark ? [mark] : [];
  }
  const found: Mark[] = [];
  doc.nodesBetween(from, to, (node) => {
    const mark = node.isText ? bracketOf(node.marks) : null;
    if (mark && !found.some((other) => other.eq(mark))) found.push(mark);
    return true;
  });
  return found;
}

/** The full stretch of text under `mark` that contains or touches `pos`, within its textblock. */
export function bracketRange(doc: ProseMirrorNode, pos: number, mark: Mark): { from: number; to: number } | null {
  const $pos = doc.resolve(pos);
  const parent = $pos.parent;
  const start = $pos.start();
  let offset = 0;
  let range: { from: number; to: number } | null = null;
  let current: { from: number; to: number } | null = null;
  parent.forEach((child) => {
    const from = start + offset;
    const to = from + child.nodeSize;
    offset += child.nodeSize;
    if (mark.isInSet(child.marks)) {
      current = current ? { from: current.from, to } : { from, to };
    } else {
      current = null;
    }
    if (current && current.from <= pos && pos <= current.to) range = { ...current };
  });
  return range;
}
