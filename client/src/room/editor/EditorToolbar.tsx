import type { BracketReason } from '@parley/shared';
import { BRACKET_MARK, BRACKET_NOTE_MAX, bracketReasonSchema } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { partyOf, useRoom } from '../session/RoomContext.ts';
import { SuggestToggle } from '../suggestions/SuggestToggle.tsx';
import { bracketAttrs, bracketRange, bracketsIn } from './bracketsInDoc.ts';
import { BRACKET_REASON_KEYS } from './editorWords.ts';
import { holderLook } from './holderLook.ts';
import { useEditorWords } from './useEditorWords.ts';

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
  const { text } = useMessages();
  const { holderNames } = useEditorWords();
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
  const nameOf = (candidate: string) => holderLook(parties, candidate, holderNames).name;
  const liftableName = liftable === null ? null : nameOf(liftable);
  const blocked = blockedReason !== null || !editor.isEditable;
  const cannotChange = text('toolbar.cannotChange');
  const off = blocked ? { 'aria-disabled': true, title: blockedReason ?? cannotChange } : {};
  const bracketBlocked = blocked
    ? (blockedReason ?? cannotChange)
    : state.empty
      ? text('toolbar.bracket.selectFirst')
      : othersInSelection.length > 0
        ? text('toolbar.bracket.inOthers', { holder: nameOf(othersInSelection[0] ?? '') })
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
      aria-label={text('toolbar.label', { name: label })}
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
          aria-label={text('toolbar.bold')}
          title={text('toolbar.bold.title')}
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
          aria-label={text('toolbar.italic')}
          title={text('toolbar.italic.title')}
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
          aria-label={text('toolbar.bulletList')}
          title={text('toolbar.bulletList')}
          onMouseDown={keepFocus}
          onClick={format(() => editor.chain().focus().toggleBulletList().run())}
          {...off}
        >
          <span aria-hidden="true">• {text('toolbar.list')}</span>
        </button>
        {brackets && <SuggestToggle onMouseDown={keepFocus} />}
        {brackets && <span className="toolbar__separator" aria-hidden="true" />}
        {brackets && isMediator && (
          <>
            <label className="visually-hidden" htmlFor={`${ids}-holder`}>
              {text('toolbar.bracket.party')}
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
            {text('toolbar.bracket.reason')}
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
                {text(BRACKET_REASON_KEYS[value])}
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
            title={bracketBlocked ?? text('toolbar.bracket.title', { party: partyOf(parties, holder)?.name ?? '' })}
            data-testid="bracket-button"
          >
            <span aria-hidden="true">[ </span>
            {text('toolbar.bracket')}
            <span aria-hidden="true"> ]</span>
          </button>
        )}
        {brackets && (
          <>
            <label className="visually-hidden" htmlFor={`${ids}-note`}>
              {text('toolbar.bracket.note')}
            </label>
            <input
              id={`${ids}-note`}
              className="toolbar__input"
              type="text"
              maxLength={BRACKET_NOTE_MAX}
              placeholder={text('toolbar.bracket.notePlaceholder')}
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
            title={text('toolbar.lift.title', { holder: liftableName ?? '' })}
            data-testid="lift-bracket"
          >
            {text('toolbar.lift')}
          </button>
        )}
        {brackets && liftable !== null && !blocked && bracketActions?.(liftable)}
        {children}
      </div>
      {blocked && blockedReason !== null && (
        <span className="toolbar__blocked" dir="auto" data-testid="toolbar-disabled">
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
