import { BRACKET_MARK } from '@parley/shared';
import type { Mark, Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model';
import type { BracketAttributes } from './BracketMark.ts';

export function bracketOf(marks: readonly Mark[]): Mark | null {
  return marks.find((mark) => mark.type.name === BRACKET_MARK) ?? null;
}

export function bracketAttrs(mark: Mark): BracketAttributes {
  return mark.attrs as BracketAttributes;
}

/**
 * How many separate bracketed stretches each holder has: a stretch is a run of adjacent inline
 * nodes of one textblock under brackets of the same holder.
 */
export function bracketRuns(doc: ProseMirrorNode): Map<string, number> {
  const runs = new Map<string, number>();
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let previous: string | null = null;
    node.forEach((child) => {
      const mark = bracketOf(child.marks);
      const holder = mark ? bracketAttrs(mark).holder : null;
      if (holder !== null && holder !== previous) runs.set(holder, (runs.get(holder) ?? 0) + 1);
      previous = holder;
    });
    return false;
  });
  return runs;
}

/**
 * Positions where a bracket of a holder for whom `counts(holder)` ends and more text of the same
 * textblock follows outside it: "[word]| more".
 */
export function bracketEnds(doc: ProseMirrorNode, counts: (holder: string) => boolean): number[] {
  const ends: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let offset = pos + 1;
    let previous: Mark | null = null;
    node.forEach((child) => {
      const mark = bracketOf(child.marks);
      if (previous !== null && counts(bracketAttrs(previous).holder) && (mark === null || !mark.eq(previous))) {
        ends.push(offset);
      }
      previous = mark;
      offset += child.nodeSize;
    });
    return false;
  });
  return ends;
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
