import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import * as Y from 'yjs';
import type { AuthorLook, AuthorshipLens } from './AuthorshipLens.ts';

interface Run {
  from: number;
  to: number;
  look: AuthorLook;
}

/**
 * Inline decorations that colour each run of text by the author of the Yjs items behind it. The
 * y-prosemirror binding keeps the fragment shaped like the ProseMirror document (an element per
 * node, a Y.XmlText per run of text in a textblock), so both are walked side by side; a textblock
 * whose text does not match its Yjs items (a local edit not yet written to Yjs) is left uncoloured
 * until the next pass. Read-only: nothing here changes either document.
 */
export function authorshipDecorations(
  doc: ProseMirrorNode,
  fragment: Y.XmlFragment,
  lens: AuthorshipLens,
): DecorationSet {
  const runs: Run[] = [];
  walkBlock(doc, fragment, 0, lens, runs);
  return DecorationSet.create(
    doc,
    runs.map((run) =>
      Decoration.inline(run.from, run.to, {
        class: 'authored',
        style: `--author-color: ${run.look.color}`,
        title: run.look.title,
        'data-author': run.look.group,
        'data-testid': 'authored-text',
      }),
    ),
  );
}

function walkBlock(
  node: ProseMirrorNode,
  parent: Y.XmlFragment | Y.XmlElement,
  contentStart: number,
  lens: AuthorshipLens,
  runs: Run[],
): void {
  if (node.isTextblock) {
    walkTextblock(node, parent, contentStart, lens, runs);
    return;
  }
  const children = parent.toArray();
  if (children.length !== node.childCount) return;
  node.forEach((child, offset, index) => {
    const yChild = children[index];
    if (yChild instanceof Y.XmlElement && !child.isLeaf)
      walkBlock(child, yChild, contentStart + offset + 1, lens, runs);
  });
}

function walkTextblock(
  node: ProseMirrorNode,
  parent: Y.XmlFragment | Y.XmlElement,
  contentStart: number,
  lens: AuthorshipLens,
  runs: Run[],
): void {
  const found: Run[] = [];
  let pos = contentStart;
  let text = '';
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      for (let item = child._start; item !== null; item = item.right) {
        if (item.deleted || !item.countable) continue;
        if (item.content instanceof Y.ContentString) {
          const look = lens.lookup(item.id.client);
          if (look === undefined) lens.noteUnknown(item.id.client);
          else addRun(found, { from: pos, to: pos + item.length, look });
          text += item.content.str;
        } else {
          text += '\ufffc';
        }
        pos += item.length;
      }
    } else {
      // An inline node (a hard break): one position, no text.
      text += '\ufffc';
      pos += 1;
    }
  }
  if (pos - contentStart !== node.content.size) return;
  if (node.textBetween(0, node.content.size, undefined, '\ufffc') !== text) return;
  runs.push(...found);
}

/** Adjacent runs of one author become one decoration (one span in the page). */
function addRun(runs: Run[], run: Run): void {
  const last = runs[runs.length - 1];
  if (last !== undefined && last.to === run.from && last.look.key === run.look.key) last.to = run.to;
  else runs.push(run);
}
