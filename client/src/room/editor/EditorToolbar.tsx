import type { BracketReason } from '@parley/shared';
import { BRACKET_MARK, BRACKET_NOTE_MAX, BRACKET_REASON_LABELS, bracketReasonSchema, holderName } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { useIdentity } from '../../state/IdentityContext.ts';
import { partyOf, useRoom } from '../session/RoomContext.ts';
import { SuggestToggle } from '../suggestions/SuggestToggle.tsx';
import { bracketAttrs, bracketRange, bracketsIn } from './bracketsInDoc.ts';

interface EditorToolbarProps {
  readonly editor: Editor | null;
  /** What the toolbar formats, for labels: "clause 3", "option 2 of clause 3". */
  readonly label: string;
  /** Why the last edit was not made (another party's bracket), shown in the toolbar's status line. */
  readonly notice: string | null;
  /** Square brackets belong to the text of the agreement; notes have plain formatting only. */
  readonly brackets?: boolean;
  /** Why the text may not be changed now (shown in the toolbar; its tools are then off), or null. */
  readonly blockedReason?: string | null;
  /** What the toolbar acts on, in words, shown first ("Editing: clause 3"). */
  readonly heading?: ReactNode;
  /** More actions for the same text, after the formatting (a clause's "New option", "Comment"). */
  readonly children?: ReactNode;
  /**
   * Actions on the bracket the selection is in, for its holder (the mediator's "Give this bracket
   * to …"), shown beside "Lift bracket"; absent where there are none.
   */
  readonly bracketActions?: (holder: string) => ReactNode;
}

interface SelectionState {
  readonly empty: boolean;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly bulletList: boolean;
  /** Holders of the brackets the selection is in or touches. */
  readonly holders: readonly string[];
}

const REASONS = bracketReasonSchema.options;

/**
 * Formatting for one text: bold, italic, bullet list, and square brackets. A delegate brackets for
 * their own party; the mediator chooses the party. "Lift bracket" appears when the selection is in a
 * bracket this person may lift (their party's, or any for the mediator).
 */
export function EditorToolbar(props: EditorToolbarProps) {
  const { editor, label, notice, brackets = true, blockedReason = null, heading, children, bracketActions } = props;
  const { you } = useIdentity();
  const { parties } = useRoom();
  const ids = useId();
  const [reason, setReason] = useState<BracketReason>('substance');
  const [note, setNote] = useState('');
  const [mediatorHolder, setMediatorHolder] = useState<string>(parties[0]?.id ?? '');
  const state = useEditorState({
    editor,
    selector: ({ editor: current }): SelectionState | null => {
      if (!current || current.isDestroyed) return null;
      const { from, to, empty } = current.state.selection;
      return {
        empty,
        bold: current.isActive('bold'),
        italic: current.isActive('italic'),
        bulletList: current.isActive('bulletList'),
        holders: bracketsIn(current.state.doc, from, to).map((mark) => bracketAttrs(mark).holder),
      };
    },
  });
  if (!editor || !state) return <div className="toolbar" aria-hidden="true" />;

  const isMediator = you.role === 'mediator';
  const holder = isMediator ? mediatorHolder : (you.partyId ?? '');
  const mayLift = (candidate: string) => isMediator || candidate === you.partyId;
  const othersInSelection = state.holders.filter((candidate) => !mayLift(candidate));
  const liftable = state.holders.find(mayLift) ?? null;
  const liftableName = liftable === null ? null : holderName(liftable, parties, 'this party');
  const blocked = blockedReason !== null || !editor.isEditable;
  const off = blocked ? { 'aria-disabled': true, title: blockedReason ?? 'This text cannot be changed now' } : {};
  const bracketBlocked = blocked
    ? (blockedReason ?? 'This text cannot be changed now')
    : state.empty
      ? 'Select the words to bracket first'
      : othersInSelection.length > 0
        ? `The selection is in a bracket held by ${holderName(othersInSelection[0] ?? '', parties)}`
        : null;

  const keepFocus = (event: MouseEvent) => event.preventDefault();
  const bracket = () => {
    if (bracketBlocked !== null || holder === '') return;
    const trimmed = note.trim();
    editor
      .chain()
      .focus()
      .command(({ tr, state: current }) => {
        const type = current.schema.marks[BRACKET_MARK];
        if (!type) return false;
        const { from, to } = current.selection;
        tr.addMark(from, to, type.create({ holder, reason, note: trimmed === '' ? null : trimmed }));
        return true;
      })
      .run();
    setNote('');
  };
  const format = (apply: () => void) => () => {
    if (!blocked) apply();
  };
  const lift = () => {
    if (liftable === null || blocked) return;
    editor
      .chain()
      .focus()
      .command(({ tr, state: current }) => {
        const { from, to } = current.selection;
        for (const mark of bracketsIn(current.doc, from, to)) {
          if (!mayLift(bracketAttrs(mark).holder)) continue;
          const start = bracketRange(current.doc, from, mark)?.from ?? from;
          const end = bracketRange(current.doc, to, mark)?.to ?? to;
          tr.removeMark(Math.min(start, from), Math.max(end, to), mark);
        }
        return true;
      })
      .run();
  };

  return (
    <div
      className="toolbar"
      role="toolbar"
      aria-label={`Formatting for ${label}`}
      data-testid="editor-toolbar"
      onKeyDown={(event) => moveAlong(event, () => editor.commands.focus())}
    >
      {heading}
      {/* One row of controls: it wraps on a laptop and scrolls sideways on a phone (styles.css). */}
      <div className="toolbar__controls">
        <button
          type="button"
          className="toolbar__button"
          aria-pressed={state.bold}
          aria-label="Bold"
          title="Bold (Ctrl+B)"
          onMouseDown={keepFocus}
          onClick={format(() => editor.chain().focus().toggleBold().run())}
          {...off}
        >
          <strong aria-hidden="true">B</strong>
        </button>
        <button
          type="button"
          className="toolbar__button"
          aria-pressed={state.italic}
          aria-label="Italic"
          title="Italic (Ctrl+I)"
          onMouseDown={keepFocus}
          onClick={format(() => editor.chain().focus().toggleItalic().run())}
          {...off}
        >
          <em aria-hidden="true">I</em>
        </button>
        <button
          type="button"
          className="toolbar__button"
          aria-pressed={state.bulletList}
          aria-label="Bullet list"
          title="Bullet list"
          onMouseDown={keepFocus}
          onClick={format(() => editor.chain().focus().toggleBulletList().run())}
          {...off}
        >
          <span aria-hidden="true">• List</span>
        </button>
        {brackets && <SuggestToggle onMouseDown={keepFocus} />}
        {brackets && <span className="toolbar__separator" aria-hidden="true" />}
        {brackets && isMediator && (
          <>
            <label className="visually-hidden" htmlFor={`${ids}-holder`}>
              Bracket for party
            </label>
            <select
              id={`${ids}-holder`}
              className="toolbar__select"
              value={mediatorHolder}
              onChange={(event) => setMediatorHolder(event.target.value)}
              disabled={blocked}
              data-testid="bracket-holder"
            >
              {parties.map((party) => (
                <option key={party.id} value={party.id}>
                  {party.name}
                </option>
              ))}
            </select>
          </>
        )}
        {brackets && (
          <label className="visually-hidden" htmlFor={`${ids}-reason`}>
            Reason for the bracket
          </label>
        )}
        {brackets && (
          <select
            id={`${ids}-reason`}
            className="toolbar__select"
            value={reason}
            onChange={(event) => setReason(event.target.value as BracketReason)}
            disabled={blocked}
            data-testid="bracket-reason"
          >
            {REASONS.map((value) => (
              <option key={value} value={value}>
                {BRACKET_REASON_LABELS[value]}
              </option>
            ))}
          </select>
        )}
        {brackets && (
          <button
            type="button"
            className="toolbar__button toolbar__button--text"
            onMouseDown={keepFocus}
            onClick={bracket}
            aria-disabled={bracketBlocked !== null}
            title={
              bracketBlocked ?? `Put the selected words in square brackets for ${partyOf(parties, holder)?.name ?? ''}`
            }
            data-testid="bracket-button"
          >
            <span aria-hidden="true">[ </span>Bracket<span aria-hidden="true"> ]</span>
          </button>
        )}
        {brackets && (
          <>
            <label className="visually-hidden" htmlFor={`${ids}-note`}>
              Note on the bracket (optional)
            </label>
            <input
              id={`${ids}-note`}
              className="toolbar__input"
              type="text"
              maxLength={BRACKET_NOTE_MAX}
              placeholder="Note (optional)"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              disabled={blocked}
              onKeyDown={(event) => {
                // Enter brackets the selection with this note, as the button would.
                if (event.key === 'Enter') {
                  event.preventDefault();
                  bracket();
                }
              }}
              data-testid="bracket-note"
            />
          </>
        )}
        {brackets && liftable !== null && !blocked && (
          <button
            type="button"
            className="toolbar__button toolbar__button--text"
            onMouseDown={keepFocus}
            onClick={lift}
            title={`Lift the bracket held by ${liftableName ?? 'this party'}: the words stay, the brackets go`}
            data-testid="lift-bracket"
          >
            Lift bracket
          </button>
        )}
        {brackets && liftable !== null && !blocked && bracketActions?.(liftable)}
        {children}
      </div>
      {blocked && blockedReason !== null && (
        <span className="toolbar__blocked" data-testid="toolbar-disabled">
          {blockedReason}
        </span>
      )}
      <span className="toolbar__notice" role="status" data-testid="toolbar-notice">
        {notice ?? ''}
      </span>
    </div>
  );
}

/**
 * The toolbar's keys (WAI-ARIA toolbar pattern): the arrows move between its buttons, Escape goes
 * back to the text with its selection. Fields keep their arrows (a caret, a list of choices).
 */
function moveAlong(event: KeyboardEvent<HTMLDivElement>, backToText: () => void) {
  if (event.key === 'Escape') {
    event.preventDefault();
    backToText();
    return;
  }
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  if (!(event.target instanceof HTMLButtonElement)) return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(event.target);
  const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}
