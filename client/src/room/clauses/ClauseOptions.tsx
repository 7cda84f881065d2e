import type { ClauseOption } from '@parley/shared';
import { COMMAND_NAMES, optionNumberLabel } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useCommand, useMaySend } from '../../state/useCommand.ts';
import { asSentence } from '../../ui/asSentence.ts';
import type { BracketRules } from '../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../editor/RichTextEditor.tsx';
import { useRoom } from '../session/RoomContext.ts';
import { TextOriginNote } from './TextOriginNote.tsx';

interface ClauseOptionsProps {
  readonly clauseId: string;
  readonly number: string;
  readonly options: readonly ClauseOption[];
  readonly provider: WebsocketProvider;
  /** Options are part of the clause's text: editable exactly when its body is. */
  readonly editable: boolean;
  readonly describedBy: string | undefined;
  readonly brackets: BracketRules;
  readonly guardBrackets: boolean;
  /** Why an edit was not made while suggesting, for the toolbar's status line. */
  readonly onSuggestBlocked: (reason: string) => void;
  /** The option whose editor has the focus is what the draft's toolbar acts on. */
  readonly onFocusEditor: (editor: Editor, label: string) => void;
  /** Told once an option was kept, so that the card can offer to undo it. */
  readonly onKept: () => void;
}

/**
 * "Option 1 / Option 2": alternative wordings of the clause, side by side, each its own live text.
 * They are numbered by position, whatever label they were added with, so that they never read like
 * the clause's current text (labelled as such by the card).
 */
export function ClauseOptions(props: ClauseOptionsProps) {
  const { clauseId, number, options } = props;
  const mayCollapse = useMaySend('clause.collapseOptions');
  if (options.length === 0) return null;
  return (
    <section className="options" aria-label={`Options for clause ${number}`} data-testid="clause-options">
      {options.map((option, index) => (
        <OptionCard
          key={option.id}
          {...props}
          option={option}
          numberLabel={optionNumberLabel(index)}
          collapse={mayCollapse ? { clauseId, optionId: option.id } : null}
        />
      ))}
    </section>
  );
}

function OptionCard({
  option,
  number,
  provider,
  editable,
  describedBy,
  brackets,
  guardBrackets,
  onSuggestBlocked,
  onFocusEditor,
  onKept,
  collapse,
  numberLabel,
}: ClauseOptionsProps & {
  option: ClauseOption;
  numberLabel: string;
  collapse: { clauseId: string; optionId: string } | null;
}) {
  const { user } = useRoom();
  const labelId = `option-${option.id}-label`;
  const label = `${numberLabel} of clause ${number}`;
  // A label other than the number says where the option came from (e.g. "Proposed by … (party)").
  const origin = option.label === numberLabel ? null : option.label;
  const [confirming, setConfirming] = useState(false);
  const editor = useRichTextEditor({
    fragment: option.body,
    provider,
    user,
    labelledBy: labelId,
    describedBy,
    editable,
    brackets,
    guardBrackets,
    onSuggestBlocked,
  });
  useEffect(() => {
    if (!editor) return;
    const onFocus = () => onFocusEditor(editor, label);
    editor.on('focus', onFocus);
    return () => {
      editor.off('focus', onFocus);
    };
  }, [editor, label, onFocusEditor]);
  const { send, pending, error } = useCommand();
  const keep = async () => {
    if (collapse && (await send({ type: 'clause.collapseOptions', ...collapse }))) onKept();
    setConfirming(false);
  };

  return (
    <div className="option" data-testid="clause-option" data-option-id={option.id}>
      <div className="option__header">
        <span className="option__label" id={labelId} data-testid="option-label">
          <span className="visually-hidden">Clause {number}, </span>
          {numberLabel}
          {origin && <span className="option__origin"> · {origin}</span>}
        </span>
        <TextOriginNote origin={option.origin} />
        {collapse && !confirming && (
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            title="The text of the clause becomes this option, and the options are removed"
            onClick={() => setConfirming(true)}
          >
            Keep this option
          </button>
        )}
      </div>
      {collapse && confirming && (
        <fieldset className="option__confirm" data-testid="keep-confirm">
          <legend className="visually-hidden">Keep {numberLabel}?</legend>
          <span>
            {numberLabel} becomes the text of clause {number}; the current text and the other options are removed. You
            can bring them back afterwards.
          </span>
          <button type="button" className="button button--small" disabled={pending} onClick={() => void keep()}>
            Yes, keep {numberLabel}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            Cancel
          </button>
        </fieldset>
      )}
      <RichText editor={editor} className="option__text" />
      {error && (
        <p className="error" role="alert">
          {asSentence(error)}
        </p>
      )}
    </div>
  );
}

/** Adds an alternative wording ("Option 2"), for the mediator and delegates who may edit the clause. */
export function NewOptionButton({
  clauseId,
  options,
  disabled,
  className = 'button button--small',
}: {
  clauseId: string;
  options: readonly ClauseOption[];
  disabled: boolean;
  className?: string;
}) {
  const { send, pending, error } = useCommand();
  const labels = new Set(options.map((option) => option.label));
  let next = options.length + 1;
  while (labels.has(`Option ${next}`)) next += 1;
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={disabled || pending}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => void send({ type: 'clause.addOption', clauseId, label: `Option ${next}` })}
        data-testid="new-option"
      >
        New option
      </button>
      {error && (
        <span className="error" role="alert">
          {asSentence(error)}
        </span>
      )}
    </>
  );
}

/** The mediator's undo of "Keep this option": the text and the options come back as they were. */
export function RestoreOptionsButton({ clauseId, onDone }: { clauseId: string; onDone: () => void }) {
  const { send, pending, error } = useCommand();
  const restore = async () => {
    if (await send({ type: 'clause.restoreOptions', clauseId })) onDone();
  };
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={pending}
        onClick={() => void restore()}
        data-testid="restore-options"
      >
        Undo: {COMMAND_NAMES['clause.restoreOptions'].toLowerCase()}
      </button>
      {error && (
        <span className="error" role="alert">
          {asSentence(error)}
        </span>
      )}
    </>
  );
}
