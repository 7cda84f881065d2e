import type { PlenaryRoots, Verdict } from '@parley/shared';
import { addRoomDraft, roomDrafts, tablingRefusal } from '@parley/shared';
import { useMemo } from 'react';
import { useMessages } from '../../../i18n/useMessages.ts';
import { useIdentity } from '../../../state/IdentityContext.ts';
import { useModeration } from '../../../state/useModeration.ts';
import { useSessionMeta } from '../../../state/useSessionMeta.ts';
import { useClauses } from '../../clauses/useClauses.ts';
import type { BracketRules } from '../../editor/RichTextEditor.tsx';
import { verdictReason } from '../../rights/verdictReason.ts';
import type { DocConnection } from '../../sync/DocConnection.ts';
import type { RoomEntry } from '../availableRooms.ts';
import { DraftCard } from './DraftCard.tsx';
import { tablingSource } from './tablingSource.ts';
import { useRoomDrafts } from './useRoomDrafts.ts';

interface RoomDraftsProps {
  readonly room: RoomEntry;
  readonly connection: DocConnection;
  readonly plenary: PlenaryRoots;
  /** May the local participant write drafts now (frozen session, mute: the plenary decides). */
  readonly draftsVerdict: Verdict;
  readonly connected: boolean;
  readonly brackets: BracketRules;
}

/**
 * The room's draft clauses: written together here, each tabled in the plenary when it is ready (by
 * the mediator; by a delegation from its own caucus; by a working group's members when the mediator
 * allows). The plenary learns only what is tabled.
 */
export function RoomDrafts({ room, connection, plenary, draftsVerdict, connected, brackets }: RoomDraftsProps) {
  const { you } = useIdentity();
  const { text } = useMessages();
  const drafts = useRoomDrafts(connection.doc);
  const clauses = useClauses(plenary);
  const { settings } = useSessionMeta(plenary);
  const { breakouts } = useModeration(plenary);
  const reason = verdictReason({ kind: 'roomDraft' }, draftsVerdict);
  const editable = connected && reason === null;
  const source = useMemo(() => tablingSource(room, breakouts), [room, breakouts]);
  const tablingRefused =
    source === null
      ? text('rooms.drafts.groupClosed')
      : (tablingRefusal(you, source, settings) ??
        (you.role !== 'mediator' && settings.oneText ? text('rooms.drafts.oneText') : null));

  return (
    <section className="room-drafts stack" aria-labelledby="room-drafts-heading" data-testid="room-drafts">
      <h3 id="room-drafts-heading" className="room-view__notes-heading">
        {text('rooms.drafts.heading')}
      </h3>
      {source !== null && tablingRefused !== null && drafts.length > 0 && (
        <p className="hint" data-testid="room-drafts-tabling-hint">
          {tablingRefused}
        </p>
      )}
      {drafts.length === 0 && <p className="hint">{text('rooms.drafts.empty')}</p>}
      {drafts.map((entry, index) => (
        <DraftCard
          key={entry.draft.id}
          entry={entry}
          index={index}
          room={room.name}
          connection={connection}
          editable={editable}
          readOnlyReason={reason}
          brackets={brackets}
          tablingRefused={tablingRefused}
          proposals={source?.kind === 'caucus'}
          clauses={clauses}
          onRemove={() => roomDrafts(connection.doc).delete(entry.draft.id)}
        />
      ))}
      {editable && (
        <div className="row">
          <button
            type="button"
            className="button button--small"
            onClick={() => addRoomDraft(connection.doc)}
            data-testid="room-draft-add"
          >
            {text('rooms.drafts.add')}
          </button>
        </div>
      )}
    </section>
  );
}
