import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { BracketAttributes, HolderLook } from './BracketMark.ts';
import { bracketAttrs, bracketOf } from './bracketsInDoc.ts';

const labelsKey = new PluginKey<DecorationSet>('parleyBracketLabels');

/**
 * Who holds each bracket and why, shown inline right after its closing "]" ("Ruritania · Awaiting
 * instructions · capital to confirm"), not only on hover: a widget outside the text, so it is never
 * part of the words, the selection or the copy.
 */
type Describe = (holder: string) => HolderLook;
type LabelOf = (attrs: BracketAttributes, holder: HolderLook) => string;

/** A transaction with this meta (any value) draws the labels again: the reader chose another language. */
export const REDRAW_BRACKET_LABELS = 'parleyRedrawBracketLabels';

export function bracketLabelsPlugin(describeHolder: Describe, labelOf: LabelOf): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: labelsKey,
    state: {
      init: (_config, state) => labelsOf(state.doc, describeHolder, labelOf),
      apply: (tr, labels) =>
        tr.docChanged || tr.getMeta(REDRAW_BRACKET_LABELS) !== undefined
          ? labelsOf(tr.doc, describeHolder, labelOf)
          : labels,
    },
    props: {
      decorations: (state) => labelsKey.getState(state) ?? DecorationSet.empty,
    },
  });
}

function labelsOf(doc: ProseMirrorNode, describeHolder: Describe, labelOf: LabelOf): DecorationSet {
  const widgets: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let offset = pos + 1;
    let open: { attrs: BracketAttributes; end: number } | null = null;
    const close = () => {
      if (open) widgets.push(labelWidget(open.end, open.attrs, describeHolder, labelOf));
      open = null;
    };
    node.forEach((child) => {
      const mark = bracketOf(child.marks);
      const attrs = mark ? bracketAttrs(mark) : null;
      const current = open as { attrs: BracketAttributes; end: number } | null;
      if (attrs && current && sameBracket(current.attrs, attrs)) current.end = offset + child.nodeSize;
      else {
        close();
        if (attrs) open = { attrs, end: offset + child.nodeSize };
      }
      offset += child.nodeSize;
    });
    close();
    return false;
  });
  return DecorationSet.create(doc, widgets);
}

function sameBracket(a: BracketAttributes, b: BracketAttributes): boolean {
  return a.holder === b.holder && a.reason === b.reason && (a.note ?? null) === (b.note ?? null);
}

function labelWidget(at: number, attrs: BracketAttributes, describeHolder: Describe, labelOf: LabelOf) {
  const holder = describeHolder(attrs.holder);
  const text = labelOf(attrs, holder);
  return Decoration.widget(
    at,
    () => {
      const label = document.createElement('span');
      label.className = 'bracket-label';
      label.contentEditable = 'false';
      label.dataset.testid = 'bracket-label';
      label.style.setProperty('--bracket-color', holder.color);
      label.textContent = text;
      return label;
    },
    // Keyed by what it says, so an unchanged label is not redrawn; after the "]", outside the mark.
    { side: 1, marks: [], ignoreSelection: true, key: `${attrs.holder}|${text}` },
  );
}
