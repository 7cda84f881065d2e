import type { OpenBracket } from '@parley/shared';
import { BRACKET_MARK, holderName } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { MouseEvent } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { bracketsIn } from '../editor/bracketsInDoc.ts';
import { useRoom } from '../session/RoomContext.ts';

/**
 * The original's brackets, to carry over into the version: select the translated words, then the
 * bracket they translate; the mark is the same (holder, reason, note), so the version's brackets read
 * as the original's. "Remove bracket" takes it off the selection. For language services and the
 * mediator, who translate bracketed words (the gate holds delegates to the holder's rule).
 */
export function VersionBrackets({ brackets, editor }: { brackets: readonly OpenBracket[]; editor: Editor | null }) {
  const { text } = useMessages();
  const { parties } = useRoom();
  const selection = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      if (!current || current.isDestroyed) return null;
      const { from, to, empty } = current.state.selection;
      return { empty, bracketed: bracketsIn(current.state.doc, from, to).length > 0 };
    },
  });
  const distinct = brackets.filter(
    (bracket, index) =>
      brackets.findIndex(
        (other) => other.holder === bracket.holder && other.reason === bracket.reason && other.note === bracket.note,
      ) === index,
  );
  const usable = editor !== null && selection !== null && !selection.empty && editor.isEditable;
  // The selection stays in the text while a button is pressed.
  const keepSelection = (event: MouseEvent) => event.preventDefault();
  const apply = (bracket: OpenBracket | null) => {
    if (!editor || !usable) return;
    editor
      .chain()
      .focus()
      .command(({ tr, state }) => {
        const type = state.schema.marks[BRACKET_MARK];
        if (!type) return false;
        const { from, to } = state.selection;
        if (bracket === null) tr.removeMark(from, to, type);
        else tr.addMark(from, to, type.create({ holder: bracket.holder, reason: bracket.reason, note: bracket.note }));
        return true;
      })
      .run();
  };
  return (
    <div className="version-brackets" data-testid="version-brackets">
      <span className="version-brackets__label">{text('versions.brackets.label')}</span>
      {distinct.map((bracket) => (
        <button
          key={`${bracket.holder} ${bracket.reason} ${bracket.note ?? ''}`}
          type="button"
          className="button button--small"
          disabled={!usable}
          onMouseDown={keepSelection}
          onClick={() => apply(bracket)}
          data-testid="version-bracket"
        >
          {text('versions.brackets.apply', { holder: holderName(bracket.holder, parties), words: bracket.words })}
        </button>
      ))}
      <button
        type="button"
        className="button button--small"
        disabled={!usable || !selection?.bracketed}
        onMouseDown={keepSelection}
        onClick={() => apply(null)}
        data-testid="version-bracket-lift"
      >
        {text('versions.brackets.lift')}
      </button>
      {!usable && <span className="hint">{text('versions.brackets.selectFirst')}</span>}
    </div>
  );
}
