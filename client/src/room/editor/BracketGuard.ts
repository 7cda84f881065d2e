import { changedForeignBracket } from '@parley/shared';
import { Extension } from '@tiptap/core';
import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import { bracketedRunsOf } from './bracketsInDoc.ts';

export interface BracketGuardOptions {
  /** The local delegate's party: brackets of other parties are theirs to change. */
  readonly ownParty: () => string | undefined;
  /** Tells the person why an edit was not made. */
  readonly onBlocked: (holder: string) => void;
}

const guardKey = new PluginKey('parleyBracketGuard');

/**
 * Makes other parties' bracketed words read-only in a delegate's editor, by the same rule the
 * server's update gate enforces (`changedForeignBracket` in shared): an edit that would insert,
 * delete or reformat words under another party's bracket, or lift it, is not made, and the person
 * is told whose bracket it is instead of losing the edit to a refusal. Edits beside a bracket, and
 * Enter or Backspace that only move a bracket to another paragraph, go through.
 */
export const BracketGuard = Extension.create<BracketGuardOptions>({
  name: 'parleyBracketGuard',

  addOptions() {
    return { ownParty: () => undefined, onBlocked: () => {} };
  },

  addProseMirrorPlugins() {
    const { ownParty, onBlocked } = this.options;
    return [
      new Plugin({
        key: guardKey,
        filterTransaction(tr: Transaction, state: EditorState) {
          if (!tr.docChanged || isChangeOrigin(tr) || tr.getMeta(ySyncPluginKey) !== undefined) return true;
          const changed = changedForeignBracket(bracketedRunsOf(state.doc), bracketedRunsOf(tr.doc), ownParty());
          if (changed === null) return true;
          onBlocked(changed.bracket.holder);
          return false;
        },
      }),
    ];
  },
});
