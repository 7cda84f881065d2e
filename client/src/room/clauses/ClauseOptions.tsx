import type { ClauseOption } from '@parley/shared';
import { optionNumberLabel } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import type { WebsocketProvider } from 'y-websocket';
import { useMessages } from '../../i18n/useMessages.ts';
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
  const { text } = useMessages();
  if (options.length === 0) return null;
  return (
    <section className="options" aria-label={text('option.list', { number })} data-testid="clause-options">
      {options.map((option, index) => (
        <OptionCard
          key={option.id}
          {...props}
          option={option}
          storedLabel={optionNumberLabel(index)}
          numberLabel={text('option.number', { n: index + 1 })}
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
  storedLabel,
  numberLabel,
}: ClauseOptionsProps & {
  option: ClauseOption;
  /** The number as options are labelled when added ("Option 2", in English: it is stored). */
  storedLabel: string;
  /** The number in the reader's language. */
  numberLabel: string;
  collapse: { clauseId: string; optionId: string } | null;
}) {
  const { user } = useRoom();
  const { text } = useMessages();
  const labelId = `option-${option.id}-label`;
  const label = text('option.of', { option: numberLabel, number });
  // A label other than the number says where the option came from (e.g. "Proposed by … (party)").
  const origin = option.label === storedLabel ? null : option.label;
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
          <span className="visually-hidden">{text('option.clausePrefix', { number })} </span>
          {numberLabel}
          {origin && <span className="option__origin"> · {origin}</span>}
        </span>
        <TextOriginNote origin={option.origin} />
        {collapse && !confirming && (
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            title={text('option.keep.title')}
            onClick={() => setConfirming(true)}
          >
            {text('option.keep')}
          </button>
        )}
      </div>
      {collapse && confirming && (
        <fieldset className="option__confirm" data-testid="keep-confirm">
          <legend className="visually-hidden">{text('option.keep.question', { option: numberLabel })}</legend>
          <span>{text('option.keep.explain', { option: numberLabel, number })}</span>
          <button type="button" className="button button--small" disabled={pending} onClick={() => void keep()}>
            {text('option.keep.yes', { option: numberLabel })}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={pending}
            onClick={() => setConfirming(false)}
          >
            {text('ui.cancel')}
          </button>
        </fieldset>
      )}
      <RichText editor={editor} className="option__text" />
      {error && (
        <p className="error" role="alert" dir="auto">
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
  const { text } = useMessages();
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
        {text('option.new')}
      </button>
      {error && (
        <span className="error" role="alert" dir="auto">
          {asSentence(error)}
        </span>
      )}
    </>
  );
}

/** The mediator's undo of "Keep this option": the text and the options come back as they were. */
export function RestoreOptionsButton({ clauseId, onDone }: { clauseId: string; onDone: () => void }) {
  const { send, pending, error } = useCommand();
  const { text } = useMessages();
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
        {text('option.restore')}
      </button>
      {error && (
        <span className="error" role="alert" dir="auto">
          {asSentence(error)}
        </span>
      )}
    </>
  );
}
