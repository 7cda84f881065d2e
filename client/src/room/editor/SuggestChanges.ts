import type { SuggestionAttributes } from '@parley/shared';
import { DELETION_MARK, INSERTION_MARK } from '@parley/shared';
import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Mark, MarkType, Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Fragment, Slice } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { ySyncPluginKey } from '@tiptap/y-tiptap';

/** Who suggests, when the local participant is suggesting (else null: edits are direct). */
export interface Suggester {
  readonly by: string;
  readonly party: string | null;
}

export interface SuggestChangesOptions {
  /** Read on every edit, so turning suggesting on or off (or the session's mode) takes effect at once. */
  readonly suggester: () => Suggester | null;
  /** Tells the person why an edit was not made while suggesting. */
  readonly onBlocked: (reason: string) => void;
  /**
   * Why the edit, as rewritten, would be refused by the server (the shared suggestion rules: another's
   * suggestion changed, a delegate's plain edit), or null; such an edit is not made, and the person is
   * told why instead of losing it to a refusal.
   */
  readonly problem?: (before: ProseMirrorNode, after: ProseMirrorNode) => string | null;
}

const suggestKey = new PluginKey('parleySuggestChanges');
/** Our own rewrite of an edit: it is not rewritten again. */
const REWRITTEN = 'parleySuggestionRewrite';

export const NOT_WHILE_SUGGESTING =
  'While suggesting, words are proposed within a paragraph (Enter at its end starts a new one): splitting or joining paragraphs, lists and formatting are for the mediator';

/**
 * Suggesting mode (issue 14), written for this editor rather than taken from
 * `@handlewithcare/prosemirror-suggest-changes`: that library takes over the view's
 * `dispatchTransaction` (TipTap owns it), its marks carry an `id` only (ours carry `{id, by, party,
 * at}`, which the server checks against the sender), and it represents new paragraphs as marks on
 * block nodes, which y-prosemirror does not keep.
 *
 * While the local participant suggests, an edit is rewritten after the fact (`appendTransaction`),
 * so every input path (typing, IME, paste, cut, spellcheck) is covered the same way:
 * - words typed or pasted get an `insertion` mark of their own (continuing the adjacent insertion of
 *   the same author, so one run of typing is one suggestion);
 * - words deleted are put back under a `deletion` mark (struck through, not removed); the author's
 *   own pending insertion is removed for real (withdrawn), and words already proposed for deletion
 *   stay as they were.
 * Since y-prosemirror writes the final document, the deletion and re-insertion cancel out and the
 * server sees only a format change over the existing words, which its gate admits.
 * Edits that change the paragraphs (splitting or joining them, lists) or formatting are not made,
 * with a message: y-prosemirror keeps marks on inline content only, so they could not be tracked.
 * Enter at the very end of a paragraph starts an empty one for new words (the gate admits a new
 * paragraph holding only its author's insertions).
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'parleySuggestChanges',

  addOptions() {
    return { suggester: () => null, onBlocked: () => {} };
  },

  addProseMirrorPlugins() {
    return [suggestChangesPlugin(this.options)];
  },
});

/** The plugin itself (exported for the binding test, which runs it without a view). */
export function suggestChangesPlugin({ suggester, onBlocked, problem }: SuggestChangesOptions): Plugin {
  const isOurs = (tr: Transaction) =>
    !tr.docChanged || tr.getMeta(REWRITTEN) === true || isChangeOrigin(tr) || tr.getMeta(ySyncPluginKey) !== undefined;
  // Set while an edit is tried out on a copy of the state (below), whose filters let it through.
  let tryingOut = false;
  return new Plugin({
    key: suggestKey,
    filterTransaction(tr, state) {
      if (tryingOut || isOurs(tr) || suggester() === null) return true;
      if (!tr.steps.every((step, index) => isTrackable(step, tr.docs[index], tr.docs[index + 1] ?? tr.doc))) {
        onBlocked(NOT_WHILE_SUGGESTING);
        return false;
      }
      if (problem === undefined) return true;
      // The edit as it will be sent: applied with every plugin's rewrite (ours included), then judged.
      tryingOut = true;
      let after: ProseMirrorNode;
      try {
        after = state.apply(tr).doc;
      } finally {
        tryingOut = false;
      }
      const reason = problem(state.doc, after);
      if (reason === null) return true;
      onBlocked(`Not changed: ${reason}.`);
      return false;
    },
    appendTransaction(transactions, oldState, newState) {
      const author = suggester();
      if (author === null) return null;
      const edits = transactions.filter((tr) => !isOurs(tr));
      if (edits.length === 0) return null;
      return rewriteAsSuggestions(edits, transactions, oldState, newState, author);
    },
  });
}

/**
 * A step this mode can track: words replaced within one paragraph (no change of structure or
 * formatting), or Enter at the very end of a paragraph, which starts an empty one for new words (the
 * server admits a new paragraph that holds only its author's inserted words).
 */
function isTrackable(step: unknown, before: ProseMirrorNode | undefined, after: ProseMirrorNode): boolean {
  if (!(step instanceof ReplaceStep) || before === undefined) return false;
  const { from, to, slice } = step;
  const $from = before.resolve(from);
  if (!$from.parent.isTextblock || !$from.sameParent(before.resolve(to))) return false;
  if (slice.size === 0) return true;
  if (isNewParagraphAtEnd(step, before)) return true;
  const $start = after.resolve(from);
  return $start.parent.isTextblock && $start.sameParent(after.resolve(from + slice.size));
}

/** Enter at the end of a paragraph: two empty paragraphs' worth of boundary, nothing moved. */
function isNewParagraphAtEnd(step: ReplaceStep, before: ProseMirrorNode): boolean {
  const { from, to, slice } = step;
  const $from = before.resolve(from);
  if (from !== to || $from.depth !== 1 || $from.parentOffset !== $from.parent.content.size) return false;
  if (slice.openStart !== 1 || slice.openEnd !== 1 || slice.content.childCount !== 2) return false;
  let empty = true;
  slice.content.forEach((node) => {
    if (!node.isTextblock || node.content.size > 0) empty = false;
  });
  return empty;
}

function newSuggestionId(): string {
  return `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

function rewriteAsSuggestions(
  edits: readonly Transaction[],
  all: readonly Transaction[],
  oldState: EditorState,
  newState: EditorState,
  author: Suggester,
): Transaction | null {
  const insertion = newState.schema.marks[INSERTION_MARK];
  const deletion = newState.schema.marks[DELETION_MARK];
  if (!insertion || !deletion) return null;
  const out = newState.tr;
  const at = Date.now();
  const fresh = (): SuggestionAttributes => ({ id: newSuggestionId(), by: author.by, party: author.party, at });
  const own = (mark: Mark | undefined) => mark !== undefined && mark.attrs.by === author.by;
  let cursor: number | null = null;

  for (const tr of edits) {
    const after = all.slice(all.indexOf(tr) + 1);
    tr.steps.forEach((step, index) => {
      if (!(step instanceof ReplaceStep)) return;
      // From this step's result to the document being rewritten now.
      const toOut = (pos: number, assoc: number) => {
        let mapped = tr.mapping.slice(index + 1).map(pos, assoc);
        for (const later of after) mapped = later.mapping.map(mapped, assoc);
        return out.mapping.map(mapped, assoc);
      };
      const start = toOut(step.from, -1);
      const end = toOut(step.from + step.slice.size, 1);
      if (step.slice.size > 0) {
        // The new words: one insertion, continuing the author's insertion just before or after them.
        const neighbour = ownMarkBeside(out.doc, start, end, insertion, author.by);
        out.removeMark(start, end, insertion);
        out.removeMark(start, end, deletion);
        out.addMark(start, end, neighbour ?? insertion.create(fresh()));
        cursor = end;
      }
      const before = tr.docs[index];
      if (before === undefined || step.to === step.from) return;
      // The words removed: put back struck through, except the author's own pending insertions.
      const neighbour = ownMarkBeside(out.doc, start, start, deletion, author.by);
      const mark = neighbour ?? deletion.create(fresh());
      const kept: ProseMirrorNode[] = [];
      before.slice(step.from, step.to).content.descendants((node) => {
        if (!node.isText) return true;
        if (own(insertion.isInSet(node.marks))) return false;
        kept.push(deletion.isInSet(node.marks) ? node : node.mark(mark.addToSet(node.marks)));
        return false;
      });
      if (kept.length === 0) return;
      const restored = new Slice(Fragment.fromArray(kept), 0, 0);
      out.replace(start, start, restored);
      // Backspace leaves the caret before the struck words, Delete after them; typing after what it typed.
      const backwards = oldState.selection.empty && oldState.selection.head === mapBack(tr, index, step.to);
      if (step.slice.size > 0) cursor = end + restored.size;
      else cursor = backwards ? start : start + restored.size;
    });
  }
  if (!out.docChanged) return null;
  if (cursor !== null) out.setSelection(TextSelection.create(out.doc, Math.min(cursor, out.doc.content.size)));
  out.setMeta(REWRITTEN, true);
  return out;
}

/** Where a step's `to` was in the document before the whole transaction (to tell Backspace from Delete). */
function mapBack(tr: Transaction, index: number, pos: number): number {
  let mapped = pos;
  for (let step = index - 1; step >= 0; step -= 1) mapped = tr.mapping.maps[step]?.invert().map(mapped) ?? mapped;
  return mapped;
}

/** The author's own mark of this type right before `from` or right after `to`, to continue it. */
function ownMarkBeside(doc: ProseMirrorNode, from: number, to: number, type: MarkType, by: string): Mark | null {
  const candidates = [doc.resolve(from).nodeBefore, doc.resolve(to).nodeAfter];
  for (const node of candidates) {
    const mark = node?.isText ? type.isInSet(node.marks) : undefined;
    if (mark && mark.attrs.by === by) return mark;
  }
  return null;
}
