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
  readonly autoFocus?: boolean;
  /** False once edits can no longer reach the server (it stopped the connection for good). */
  readonly editable: boolean;
}

/** A rich-text editor bound live to one clause's body; undo and redo are Yjs's, per user. */
export function ClauseEditor({ body, provider, user, labelledBy, autoFocus = false, editable }: ClauseEditorProps) {
  const initialUser = useRef(user).current;
  const editor = useEditor(
    {
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
    if (editor && editor.isEditable !== editable) editor.setEditable(editable);
  }, [editor, editable]);

  // A layout effect, and a direct DOM focus (TipTap's focus command waits for an animation frame):
  // the keys typed right after "Add clause" must land in the new clause.
  useLayoutEffect(() => {
    if (!autoFocus || !editor || editor.isDestroyed) return;
    editor.view.dom.focus();
    editor.commands.focus('end');
  }, [autoFocus, editor]);

  return <EditorContent editor={editor} className="clause-editor" data-testid="clause-editor" />;
}
