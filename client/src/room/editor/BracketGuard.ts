import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Mark } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { bracketAttrs, bracketEnds, bracketOf, bracketRuns } from './bracketsInDoc.ts';
import { clearedAttributes, yTextAt } from './yTextAt.ts';

export interface BracketGuardOptions {
  /** The fragment the editor is bound to. */
  readonly fragment: Y.XmlFragment | null;
  /** Whether the local participant may lift (and so remove, split or join) this holder's brackets. */
  readonly mayLift: (holder: string) => boolean;
  /** Tells the person why an edit was not made. */
  readonly onBlocked: (holder: string) => void;
}

const guardKey = new PluginKey('parleyBracketGuard');

/**
 * Keeps a delegate's edits within what the server's update gate accepts around other parties'
 * brackets, so that nobody loses an edit to a refusal (4403) they could not foresee:
 *
 * - An edit that would remove, split or join another party's bracket is not made (only the holder
 *   or the mediator lifts a bracket): the person is told why instead.
 * - Typing right after another party's bracket ("[word]|") is written to the Yjs text directly with
 *   the bracket explicitly off. y-prosemirror would insert the text inheriting the bracket and then
 *   add an end marker inside it, which the gate reads as lifting the end of that bracket.
 */
export const BracketGuard = Extension.create<BracketGuardOptions>({
  name: 'parleyBracketGuard',

  addOptions() {
    return { fragment: null, mayLift: () => true, onBlocked: () => {} };
  },

  addProseMirrorPlugins() {
    const { fragment, mayLift, onBlocked } = this.options;
    const guarded = (holder: string) => !mayLift(holder);
    return [
      new Plugin({
        key: guardKey,
        filterTransaction(tr: Transaction, state: EditorState) {
          if (!tr.docChanged || isChangeOrigin(tr) || tr.getMeta(ySyncPluginKey) !== undefined) return true;
          const before = bracketRuns(state.doc);
          const after = bracketRuns(tr.doc);
          for (const holder of new Set([...before.keys(), ...after.keys()])) {
            if (guarded(holder) && before.get(holder) !== after.get(holder)) {
              onBlocked(holder);
              return false;
            }
          }
          const known = new Set(bracketEnds(state.doc, guarded).map((pos) => tr.mapping.map(pos, 1)));
          const added = bracketEnds(tr.doc, guarded).find((pos) => !known.has(pos));
          if (added !== undefined) {
            const mark = bracketOf(tr.doc.resolve(added).nodeBefore?.marks ?? []);
            if (mark) onBlocked(bracketAttrs(mark).holder);
            return false;
          }
          return true;
        },
        props: {
          handleTextInput(view, from, to, text) {
            if (fragment === null || fragment.doc === null) return false;
            const { state } = view;
            const $from = state.doc.resolve(from);
            const $to = state.doc.resolve(to);
            const closing = closingBracket($from.nodeBefore?.marks ?? null, $to.nodeAfter?.marks ?? null);
            if (closing === null || !guarded(bracketAttrs(closing).holder)) return false;
            // Replacing a selection: only plain text after the bracket, within one textblock.
            if (to > from && ($from.parent !== $to.parent || state.doc.rangeHasMark(from, to, closing.type)))
              return false;
            const target = yTextAt(fragment, $from);
            if (target === null) return false;
            const marks = state.storedMarks ?? $from.marks();
            if (bracketOf(marks) !== null) return false;
            const attributes: Record<string, unknown> = clearedAttributes(target.text);
            for (const mark of marks) attributes[mark.type.name] = mark.attrs;
            // The binding's own origin: the editor re-renders it, and its undo manager tracks it.
            fragment.doc.transact(() => {
              if (to > from) target.text.delete(target.index, to - from);
              target.text.insert(target.index, text, attributes);
            }, ySyncPluginKey);
            // The binding has rendered the change (synchronously); the caret goes after the new text.
            const caret = Math.min(from + text.length, view.state.doc.content.size);
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)));
            return true;
          },
        },
      }),
    ];
  },
});

/** The bracket that the text before a position has and the text after it has not: "[word]|". */
function closingBracket(before: readonly Mark[] | null, after: readonly Mark[] | null): Mark | null {
  const mark = before ? bracketOf(before) : null;
  if (mark === null) return null;
  return after !== null && mark.isInSet(after) ? null : mark;
}
