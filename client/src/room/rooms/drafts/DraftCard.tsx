import type { Tabling } from '@parley/shared';
import { useId, useState } from 'react';
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
  const ids = useId();
  const [heading, setHeading] = useYText(entry.draft.heading);
  const [tabling, setTabling] = useState(false);
  // Removing takes the draft away for everyone in the room: asked once more.
  const [removing, setRemoving] = useState(false);
  const label = `draft ${index + 1}${heading.trim() ? ` (${heading.trim()})` : ''}`;
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
          Draft {index + 1}
        </h4>
        {entry.tablings.length > 0 && <span className="badge">Tabled</span>}
      </header>
      {editable ? (
        <input
          className="clause__heading"
          type="text"
          value={heading}
          placeholder="Heading (optional)"
          aria-label={`Heading of draft ${index + 1}`}
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
            <li key={`${t.at}-${t.clauseId}-${t.as}`}>{describeTabling(t, props.clauses)}</li>
          ))}
        </ul>
      )}
      <div className="row">
        {tablingRefused === null && !tabling && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setTabling(true)}
            aria-label={`Table in the plenary: ${label}`}
            data-testid="draft-table"
          >
            Table in the plenary
          </button>
        )}
        {editable && !tabling && !removing && (
          <button
            type="button"
            className="button button--small"
            onClick={() => setRemoving(true)}
            aria-label={`Remove ${label}`}
            data-testid="draft-remove"
          >
            Remove
          </button>
        )}
      </div>
      {removing && (
        <fieldset className="option__confirm" data-testid="draft-remove-confirm">
          <legend className="visually-hidden">Remove {label}?</legend>
          <span>Remove this draft for everyone in the room?</span>
          <button type="button" className="button button--small" onClick={props.onRemove}>
            Remove it
          </button>
          <button type="button" className="button button--small" onClick={() => setRemoving(false)}>
            Keep it
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

const AS_WORDS: Readonly<Record<Tabling['as'], string>> = {
  clause: 'as a new clause',
  option: 'as an option of',
  proposal: 'as a textual proposal on',
};

/** "Tabled as a new clause (clause 3) by Anna at 14:02." */
function describeTabling(tabling: Tabling, clauses: readonly ClauseSummary[]): string {
  const number = clauses.find((clause) => clause.id === tabling.clauseId)?.number;
  const clause = number ? `clause ${number}` : 'a clause since removed';
  const time = new Date(tabling.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const what = tabling.as === 'clause' ? `${AS_WORDS.clause} (${clause})` : `${AS_WORDS[tabling.as]} ${clause}`;
  return `Tabled ${what} by ${tabling.byName} at ${time}.`;
}
