import type { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import { EditorContent, useEditor } from '@tiptap/react';
import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { Authorship, authorshipKey, REFRESH_AUTHORSHIP } from '../authorship/AuthorshipExtension.ts';
import { AuthorshipContext } from '../authorship/AuthorshipLens.ts';
import type { LocalUser } from '../identity/LocalUser.ts';
import { useSuggesting } from '../suggestions/SuggestingContext.ts';
import { BracketGuard } from './BracketGuard.ts';
import type { HolderLook } from './BracketMark.ts';
import { REDRAW_BRACKET_LABELS } from './bracketLabels.ts';
import { DeferredCarets } from './DeferredCarets.ts';
import { markedBlocksOf } from './markedBlocks.ts';
import { renderCaret } from './renderCaret.ts';
import { SuggestChanges } from './SuggestChanges.ts';
import { TypedTextScroll } from './TypedTextScroll.ts';
import { textExtensions } from './textExtensions.ts';
import { useEditorWords } from './useEditorWords.ts';

export interface BracketRules {
  /** The party behind a bracket's holder id, for its colour and name. */
  readonly describeHolder: (holder: string) => HolderLook;
  /** Whether the local participant may change this holder's bracketed words (their own party's, or any for the mediator). */
  readonly mayLift: (holder: string) => boolean;
  /** The local delegate's party (undefined for the mediator, who is not guarded). */
  readonly ownParty: string | undefined;
  /** An edit was not made because it would have changed another party's bracketed words. */
  readonly onBlocked: (holder: string) => void;
}

export interface RichTextEditorOptions {
  /** The Y.XmlFragment (TipTap's layout) the editor is bound to for its whole life. */
  readonly fragment: Y.XmlFragment;
  readonly provider: WebsocketProvider;
  /** The local user at the time the editor is created; later renames go through awareness directly. */
  readonly user: LocalUser;
  /** The id of the element that names this text, for assistive technology. */
  readonly labelledBy: string;
  /** The id of the element that says why the text is read-only, if it is. */
  readonly describedBy?: string | undefined;
  readonly autoFocus?: boolean;
  /**
   * Whether the local participant may edit this text now (the write rules, and a connection that can
   * still reach the server). Follows changes live: a lock turns the editor read-only at once.
   */
  readonly editable: boolean;
  /** Brackets are shown in every text; the guard is only set up where the rules are needed. */
  readonly brackets: BracketRules;
  readonly guardBrackets?: boolean;
  /** Why an edit was not made while suggesting (a new paragraph), for the toolbar's status line. */
  readonly onSuggestBlocked?: (reason: string) => void;
}

/**
 * A rich-text editor bound live to one fragment of a synced document (a clause's body, an option, a
 * position statement, a room's notes). Undo and redo are Yjs's, per user; others' carets show with
 * their verified names.
 */
export function useRichTextEditor(options: RichTextEditorOptions): Editor | null {
  const { fragment, provider, user, labelledBy, describedBy, autoFocus = false, editable, guardBrackets } = options;
  const initialUser = useRef(user).current;
  const initiallyEditable = useRef(editable).current;
  // The mark and the guard are configured once; they read the latest rules through this ref.
  const brackets = useRef(options.brackets);
  brackets.current = options.brackets;
  const guard = useRef(guardBrackets ?? false).current;
  // The authorship view (draft only): the plugin reads the latest lens through this ref.
  const authorship = useContext(AuthorshipContext);
  const authorshipRef = useRef(authorship);
  // Suggesting mode (draft only): the plugin and the marks read the latest state through this ref.
  const suggesting = useSuggesting();
  const suggestingRef = useRef(suggesting);
  suggestingRef.current = suggesting;
  const onSuggestBlocked = useRef(options.onSuggestBlocked);
  onSuggestBlocked.current = options.onSuggestBlocked;
  // The words the marks write (titles, bracket labels) in the reader's language, read at each drawing.
  const words = useEditorWords();
  const wordsRef = useRef(words);
  wordsRef.current = words;

  const editor = useEditor(
    {
      editable: initiallyEditable,
      extensions: [
        ...textExtensions({
          describeHolder: (holder) => ({
            ...brackets.current.describeHolder(holder),
            mayChange: brackets.current.mayLift(holder),
          }),
          words: () => wordsRef.current,
          nameOf: (participantId) => suggestingRef.current?.nameOf(participantId) ?? null,
        }),
        SuggestChanges.configure({
          suggester: () => suggestingRef.current?.suggester ?? null,
          onBlocked: (reason) => onSuggestBlocked.current?.(wordsRef.current.suggestBlocked(reason)),
          problem: (before, after) =>
            suggestingRef.current?.problem(markedBlocksOf(before), markedBlocksOf(after)) ?? null,
        }),
        ...(guard
          ? [
              BracketGuard.configure({
                ownParty: () => brackets.current.ownParty,
                onBlocked: (holder) => brackets.current.onBlocked(holder),
              }),
            ]
          : []),
        Collaboration.configure({ fragment }),
        Authorship.configure({ fragment, lens: () => authorshipRef.current }),
        DeferredCarets.configure({ provider, user: initialUser, render: renderCaret }),
        TypedTextScroll,
      ],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelledBy,
          // The text's own direction, whatever the interface's: English words in an Arabic room read left to right.
          dir: 'auto',
          class: 'rich-text__content',
        },
      },
      shouldRerenderOnTransaction: false,
    },
    [fragment, provider],
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

  // Another language chosen: the labels after the brackets say it in the new one.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(REDRAW_BRACKET_LABELS, words));
  }, [editor, words]);

  // The view was turned on or off, or the authors are better known: colour the text anew.
  useEffect(() => {
    authorshipRef.current = authorship;
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(authorshipKey, REFRESH_AUTHORSHIP));
  }, [editor, authorship]);

  // A layout effect, and a direct DOM focus (TipTap's focus command waits for an animation frame):
  // the keys typed right after "Add clause" must land in the new clause.
  useLayoutEffect(() => {
    if (!autoFocus || !editor || editor.isDestroyed || !editor.isEditable) return;
    editor.view.dom.focus();
    editor.commands.focus('end');
  }, [autoFocus, editor]);

  return editor;
}

/** Where an editor from `useRichTextEditor` is shown. */
export function RichText({ editor, className = '' }: { editor: Editor | null; className?: string }) {
  return <EditorContent editor={editor} className={`rich-text ${className}`.trim()} data-testid="rich-text" />;
}
