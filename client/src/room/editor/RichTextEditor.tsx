import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { LocalUser } from '../identity/LocalUser.ts';
import { renderCaret } from './renderCaret.ts';

interface ClauseEditorProps {
  /** The clause's `body`, TipTap's Y.XmlFragment: the editor is bound to it for its whole life. */
  readonly body: Y.XmlFragment;
  readonly provider: WebsocketProvider;
  /** The local user at the time the editor is created; later renames go through awareness directly. */
  readonly user: LocalUser;
  /** The id of the element that names this clause (its number), for assistive technology. */
  readonly labelledBy: string;
  /** The id of the element that says why the clause is locked or read-only, if it is. */
  readonly describedBy?: string | undefined;
  readonly autoFocus?: boolean;
  /**
   * Whether the local participant may edit this clause now (the write rules, and a connection that
   * can still reach the server). Follows changes live: a lock turns the editor read-only at once.
   */
  readonly editable: boolean;
}

/** A rich-text editor bound live to one clause's body; undo and redo are Yjs's, per user. */
export function ClauseEditor(props: ClauseEditorProps) {
  const { body, provider, user, labelledBy, describedBy, autoFocus = false, editable } = props;
  const initialUser = useRef(user).current;
  const initiallyEditable = useRef(editable).current;
  const editor = useEditor(
    {
      editable: initiallyEditable,
      extensions: [
        // Collaboration brings its own undo manager (only this user's changes), so StarterKit's is off.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ fragment: body }),
        CollaborationCaret.configure({ provider, user: initialUser, render: renderCaret }),
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          class: 'clause-editor__content',
        },
      },
      shouldRerenderOnTransaction: false,
    },
    [body, provider],
  );

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) editor.setEditable(editable);
    // ProseMirror owns `contenteditable`; these two it leaves alone.
    const dom = editor.view.dom;
    dom.setAttribute('aria-readonly', String(!editable));
    if (describedBy) dom.setAttribute('aria-describedby', describedBy);
    else dom.removeAttribute('aria-describedby');
  }, [editor, editable, describedBy]);

  // A layout effect, and a direct DOM focus (TipTap's focus command waits for an animation frame):
  // the keys typed right after "Add clause" must land in the new clause.
  useLayoutEffect(() => {
    if (!autoFocus || !editor || editor.isDestroyed || !editor.isEditable) return;
    editor.view.dom.focus();
    editor.commands.focus('end');
  }, [autoFocus, editor]);

  return <EditorContent editor={editor} className="clause-editor" data-testid="clause-editor" />;
}
