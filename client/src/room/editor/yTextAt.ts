import type { ResolvedPos } from '@tiptap/pm/model';
import * as Y from 'yjs';

/**
 * The Y.XmlText that holds the text at a position of an editor bound to `fragment`, and the index
 * in it. y-prosemirror keeps the two trees parallel: each ProseMirror block is the Y.XmlElement at
 * the same index, and each run of text nodes inside a textblock is one Y.XmlText.
 */
export function yTextAt(fragment: Y.XmlFragment, $pos: ResolvedPos): { text: Y.XmlText; index: number } | null {
  let node: Y.XmlFragment | Y.XmlElement = fragment;
  for (let depth = 0; depth < $pos.depth; depth++) {
    const child: unknown = node.get($pos.index(depth));
    if (!(child instanceof Y.XmlElement)) return null;
    node = child;
  }
  const parent = $pos.parent;
  let offset = 0;
  let yIndex = 0;
  let runStart: number | null = null;
  let runText = '';
  for (let index = 0; index < parent.childCount; index++) {
    const child = parent.child(index);
    if (child.isText) {
      if (runStart === null) {
        runStart = offset;
        runText = '';
      }
      runText += child.text ?? '';
      offset += child.nodeSize;
      const next = index + 1 < parent.childCount ? parent.child(index + 1) : null;
      const runEnds = next === null || !next.isText;
      if (runEnds && $pos.parentOffset > runStart && $pos.parentOffset <= offset) {
        const text: unknown = node.get(yIndex);
        // The two trees must agree; if they do not (a change in flight), let the editor do it its way.
        if (!(text instanceof Y.XmlText) || plainText(text) !== runText) return null;
        return { text, index: $pos.parentOffset - runStart };
      }
      if (runEnds) {
        yIndex += 1;
        runStart = null;
      }
    } else {
      offset += child.nodeSize;
      yIndex += 1;
    }
  }
  return null;
}

function plainText(text: Y.XmlText): string {
  return text
    .toDelta()
    .map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}

/** Every text attribute used in `text`, set to null: y-prosemirror's way of saying "no mark". */
export function clearedAttributes(text: Y.XmlText): Record<string, null> {
  const cleared: Record<string, null> = {};
  for (const op of text.toDelta() as { attributes?: Record<string, unknown> }[]) {
    for (const key of Object.keys(op.attributes ?? {})) cleared[key] = null;
  }
  return cleared;
}
