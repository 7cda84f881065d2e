import type { ClauseOption } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useClauseToolbar } from './ClauseToolbarContext.ts';
import type { ClauseSummary } from './useClauses.ts';

interface ClauseToolbarTargetInput {
  readonly clause: ClauseSummary;
  /** The editor of the clause's own text. */
  readonly body: Editor | null;
  readonly blockedReason: string | null;
  readonly notice: string | null;
  /** The clause's options when this person may add one, else null. */
  readonly options: readonly ClauseOption[] | null;
  readonly mayComment: boolean;
}

/**
 * A clause card's side of the draft's one toolbar: it follows which of the clause's editors (its text
 * or an option) has the focus, publishes what the toolbar would act on whenever that changes, and
 * makes this clause the toolbar's when its text is focused or clicked.
 */
export function useClauseToolbarTarget({
  clause,
  body,
  blockedReason,
  notice,
  options,
  mayComment,
}: ClauseToolbarTargetInput) {
  const { publish, withdraw, activate } = useClauseToolbar();
  const { text } = useMessages();
  const name = text('clause.name', { number: clause.number });
  const [focused, setFocused] = useState<{ editor: Editor; label: string } | null>(null);
  const onFocusEditor = useCallback(
    (editor: Editor, label: string) => {
      setFocused({ editor, label });
      activate(clause.id);
    },
    [activate, clause.id],
  );
  useEffect(() => {
    if (!body) return;
    const onFocus = () => onFocusEditor(body, name);
    body.on('focus', onFocus);
    return () => {
      body.off('focus', onFocus);
    };
  }, [body, name, onFocusEditor]);
  const target = focused && !focused.editor.isDestroyed ? focused : body ? { editor: body, label: name } : null;

  const commentsRef = useRef<HTMLDetailsElement>(null);
  const openComments = useCallback(() => {
    const details = commentsRef.current;
    if (!details) return;
    details.open = true;
    details.querySelector('textarea')?.focus();
  }, []);

  const editor = target?.editor ?? null;
  const editorLabel = target?.label ?? name;
  useEffect(() => {
    publish({
      clauseId: clause.id,
      name,
      editor,
      editorLabel,
      blockedReason,
      notice,
      options,
      comment: mayComment ? openComments : null,
    });
  }, [publish, clause.id, name, editor, editorLabel, blockedReason, notice, options, mayComment, openComments]);
  useEffect(() => () => withdraw(clause.id), [withdraw, clause.id]);

  // A click in words the person may not change still brings the toolbar, saying why its tools are off.
  const onPointerDownInText = useCallback(() => activate(clause.id), [activate, clause.id]);
  return { onFocusEditor, onPointerDownInText, commentsRef };
}
