import type { Tabling } from '@parley/shared';
import { useId, useState } from 'react';
import type { IntlShape } from 'react-intl';
import { useIntl } from 'react-intl';
import { useMessages } from '../../../i18n/useMessages.ts';
import { useYText } from '../../../yjs/useYText.ts';
import type { ClauseSummary } from '../../clauses/useClauses.ts';
import { EditorToolbar } from '../../editor/EditorToolbar.tsx';
import type { BracketRules } from '../../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../../editor/RichTextEditor.tsx';
import { useRoom } from '../../session/RoomContext.ts';
import type { DocConnection } from '../../sync/DocConnection.ts';
import { TableDraftForm } from './TableDraftForm.tsx';
import type { DraftEntry } from './useRoomDrafts.ts';

interface DraftCardProps {
  readonly entry: DraftEntry;
  readonly index: number;
  readonly room: string;
  readonly connection: DocConnection;
  readonly editable: boolean;
  /** Why this participant may not edit drafts here, or null. */
  readonly readOnlyReason: string | null;
  readonly brackets: BracketRules;
  /** Why this participant may not table from this room, or null when they may. */
  readonly tablingRefused: string | null;
  readonly proposals: boolean;
  readonly clauses: readonly ClauseSummary[];
  readonly onRemove: () => void;
}

/** One draft clause of a room: heading, the same rich-text editor as the plenary's, and "Table in the plenary". */
export function DraftCard(props: DraftCardProps) {
  const { entry, index, room, connection, editable, readOnlyReason, brackets, tablingRefused } = props;
  const { user } = useRoom();
  const { text } = useMessages();
  const intl = useIntl();
  const ids = useId();
  const [heading, setHeading] = useYText(entry.draft.heading);
  const [tabling, setTabling] = useState(false);
  // Removing takes the draft away for everyone in the room: asked once more.
  const [removing, setRemoving] = useState(false);
  const label = heading.trim()
    ? text('rooms.draft.labelHeaded', { number: index + 1, heading: heading.trim() })
    : text('rooms.draft.label', { number: index + 1 });
  const editor = useRichTextEditor({
    fragment: entry.draft.body,
    provider: connection.provider,
    user,
    labelledBy: `${ids}-label`,
    describedBy: readOnlyReason === null ? undefined : `${ids}-readonly`,
    editable,
    brackets,
  });

  return (
    <article
      className="draft stack"
      aria-labelledby={`${ids}-label`}
      data-testid="room-draft"
      data-draft={entry.draft.id}
    >
      <header className="draft__header row">
        <h4 id={`${ids}-label`} className="draft__title">
          {text('rooms.draft.title', { number: index + 1 })}
        </h4>
        {entry.tablings.length > 0 && <span className="badge">{text('rooms.draft.tabled')}</span>}
      </header>
      {editable ? (
        <input
          className="clause__heading"
          type="text"
          value={heading}
          placeholder={text('rooms.draft.headingPlaceholder')}
          aria-label={text('rooms.draft.headingLabel', { number: index + 1 })}
          maxLength={500}
          onChange={(event) => setHeading(event.target.value)}
          data-testid="draft-heading"
        />
      ) : (
        heading && (
          <p className="clause__heading clause__heading--read-only" data-testid="draft-heading">
            {heading}
          </p>
        )
      )}
      {readOnlyReason !== null && (
        <p className="hint" id={`${ids}-readonly`}>
          {readOnlyReason}
        </p>
      )}
      {editable && <EditorToolbar editor={editor} label={label} notice={null} brackets={false} />}
      <div className="draft__body" data-testid="draft-body">
        <RichText editor={editor} />
      </div>
      {entry.tablings.length > 0 && (
        <ul className="draft__tablings" data-testid="draft-tablings">
          {entry.tablings.map((t) => (
            <li key={`${t.at}-${t.clauseId}-${t.as}`}>{describeTabling(t, props.clauses, text, intl)}</li>
          ))}
        </ul>
      )}
      <div className="row">
        {tablingRefused === null && !tabling && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setTabling(true)}
            aria-label={text('rooms.draft.tableLabel', { draft: label })}
            data-testid="draft-table"
          >
            {text('rooms.draft.table')}
          </button>
        )}
        {editable && !tabling && !removing && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setRemoving(true)}
            aria-label={text('rooms.draft.removeLabel', { draft: label })}
            data-testid="draft-remove"
          >
            {text('rooms.draft.remove')}
          </button>
        )}
      </div>
      {removing && (
        <fieldset className="option__confirm" data-testid="draft-remove-confirm">
          <legend className="visually-hidden">{text('rooms.draft.removeLegend', { draft: label })}</legend>
          <span>{text('rooms.draft.removeConfirm')}</span>
          <button type="button" className="button button--small" onClick={props.onRemove}>
            {text('rooms.draft.removeIt')}
          </button>
          <button type="button" className="button button--small" onClick={() => setRemoving(false)}>
            {text('rooms.draft.keepIt')}
          </button>
        </fieldset>
      )}
      {tabling && (
        <TableDraftForm
          room={room}
          draftId={entry.draft.id}
          draftLabel={label}
          proposals={props.proposals}
          clauses={props.clauses}
          onDone={() => setTabling(false)}
        />
      )}
    </article>
  );
}

/**
 * "Tabled as a new clause (clause 3) by Anna at 14:02." One message per way of tabling, with the clause's
 * number or "since removed" chosen inside it, so each language orders the sentence its own way.
 */
function describeTabling(
  tabling: Tabling,
  clauses: readonly ClauseSummary[],
  text: ReturnType<typeof useMessages>['text'],
  intl: IntlShape,
): string {
  const number = clauses.find((clause) => clause.id === tabling.clauseId)?.number;
  const values = {
    as: tabling.as,
    number: number ?? '',
    known: number ? 'yes' : 'no',
    name: tabling.byName,
    time: intl.formatTime(tabling.at, { hour: '2-digit', minute: '2-digit' }),
  };
  return text('rooms.draft.tabling', values);
}
