import type { PlenaryRoots, Verdict } from '@parley/shared';
import { roomNotes } from '@parley/shared';
import { useEffect, useMemo, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { describeRole } from '../../participant/describeRole.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import { useDiscardRefusedCopy, useLocalCopyReset } from '../../state/useLocalCopyReset.ts';
import { Loading } from '../../ui/Loading.tsx';
import { EditorToolbar } from '../editor/EditorToolbar.tsx';
import { holderLook } from '../editor/holderLook.ts';
import type { BracketRules } from '../editor/RichTextEditor.tsx';
import { RichText, useRichTextEditor } from '../editor/RichTextEditor.tsx';
import { usePresence } from '../presence/usePresence.ts';
import { verdictReason } from '../rights/verdictReason.ts';
import { useRoom } from '../session/RoomContext.ts';
import { isReady } from '../sync/ConnectionState.ts';
import { ConnectionStatus } from '../sync/ConnectionStatus.tsx';
import type { DocConnection } from '../sync/DocConnection.ts';
import { describeRefusal } from '../sync/EditNotKept.tsx';
import { useDocConnection } from '../sync/useDocConnection.ts';
import type { RoomEntry } from './availableRooms.ts';
import { RoomDrafts } from './drafts/RoomDrafts.tsx';
import { MediatorPresence } from './MediatorPresence.tsx';
import { useRoomTitle } from './useRoomTitle.ts';

interface RoomViewProps {
  readonly room: RoomEntry;
  /** May the local participant write room notes now (frozen session, mute: the plenary decides). */
  readonly notesVerdict: Verdict;
  /** May they write the room's draft clauses now (the same writers as the notes). */
  readonly draftsVerdict: Verdict;
  /** The plenary, where drafts are tabled (its clauses, settings and breakouts). */
  readonly plenary: PlenaryRoots;
}

/**
 * A caucus, a working group or the mediators' notes: a document of its own (its own connection,
 * local copy and connection state) holding the room's shared notes, with everyone's carets.
 */
export default function RoomView({ room, notesVerdict, draftsVerdict, plenary }: RoomViewProps) {
  const [stuck, setStuck] = useState<string | null>(null);
  const reset = useLocalCopyReset(setStuck);
  const { text } = useMessages();
  const title = useRoomTitle()(room);

  return (
    <section
      className="room-view stack"
      aria-labelledby="room-view-heading"
      data-testid="room-view"
      data-room={room.name}
    >
      {stuck !== null ? (
        <p className="error" role="alert" data-testid="room-stuck">
          {text('rooms.stuck', { room: title, reason: describeRefusal(stuck, new Map()) })}
        </p>
      ) : (
        <RoomSession
          key={reset.generation}
          room={room}
          notesVerdict={notesVerdict}
          draftsVerdict={draftsVerdict}
          plenary={plenary}
          onRefused={reset.onRefused}
          notKept={reset.notKept}
          onDismiss={reset.dismiss}
        />
      )}
    </section>
  );
}

interface RoomSessionProps extends RoomViewProps {
  readonly onRefused: (reason: string) => void;
  readonly notKept: string | null;
  readonly onDismiss: () => void;
}

function RoomSession({ room, notesVerdict, draftsVerdict, plenary, onRefused, notKept, onDismiss }: RoomSessionProps) {
  const { token, you } = useIdentity();
  const { user } = useRoom();
  const { connection, state } = useDocConnection(room.name, token, you.participantId);
  const { text, rich } = useMessages();
  const title = useRoomTitle()(room);

  useEffect(() => connection?.setUser(user), [connection, user]);
  useDiscardRefusedCopy(connection, state.refused, onRefused);

  return (
    <>
      <header className="room-view__header">
        <h2 id="room-view-heading">{title}</h2>
        <ConnectionStatus state={state} label={title} testId="room-connection-status" compact />
      </header>
      <p className="hint">{describeRoom(room, you.role, text)}</p>
      {notKept !== null && (
        <div className="notice" role="alert" data-testid="room-edit-not-kept">
          <p>{rich('rooms.notKept', { reason: <strong>{describeRefusal(notKept, new Map())}</strong> })}</p>
          <button type="button" className="button button--small" onClick={onDismiss}>
            {text('rooms.dismiss')}
          </button>
        </div>
      )}
      {connection !== null && isReady(state) ? (
        <RoomNotes
          connection={connection}
          room={room}
          notesVerdict={notesVerdict}
          draftsVerdict={draftsVerdict}
          plenary={plenary}
          connected={state.stopped === null}
        />
      ) : (
        state.stopped === null && <Loading label={text('rooms.opening', { room: title })} />
      )}
    </>
  );
}

function describeRoom(room: RoomEntry, role: string, text: ReturnType<typeof useMessages>['text']): string {
  switch (room.kind) {
    case 'caucus':
      return role === 'mediator'
        ? room.party
          ? text('rooms.describe.caucusMediator', { party: room.party.name })
          : text('rooms.describe.caucusMediatorUnknown')
        : text('rooms.describe.caucusDelegate');
    case 'workingGroup':
      return text('rooms.describe.group');
    case 'mediator':
      return text('rooms.describe.mediator');
  }
}

function RoomNotes({
  connection,
  room,
  notesVerdict,
  draftsVerdict,
  plenary,
  connected,
}: {
  connection: DocConnection;
  room: RoomEntry;
  notesVerdict: Verdict;
  draftsVerdict: Verdict;
  plenary: PlenaryRoots;
  connected: boolean;
}) {
  const { user, parties } = useRoom();
  const { you } = useIdentity();
  const people = usePresence(connection.provider.awareness);
  const { text } = useMessages();
  const title = useRoomTitle()(room);
  const fragment = useMemo(() => roomNotes(connection.doc), [connection]);
  const reason = verdictReason({ kind: 'roomNotes' }, notesVerdict);
  const editable = connected && reason === null;
  const brackets = useMemo<BracketRules>(
    () => ({
      describeHolder: (holder) => holderLook(parties, holder),
      mayLift: () => true,
      ownParty: undefined,
      onBlocked: () => {},
    }),
    [parties],
  );
  const editor = useRichTextEditor({
    fragment,
    provider: connection.provider,
    user,
    labelledBy: 'room-notes-label',
    describedBy: reason === null ? undefined : 'room-notes-readonly',
    editable,
    brackets,
  });

  return (
    <>
      <p className="room-view__people" data-testid="room-presence">
        <span className="room-view__people-label">{text('rooms.people')}</span>{' '}
        {people.length === 0
          ? text('rooms.nobody')
          : people.map((person, index) => (
              <span key={person.key} className="presence__person">
                {index > 0 && ', '}
                <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
                {person.name}
                {person.role && (
                  <span className="presence__role">
                    {' '}
                    ({describeRole({ role: person.role, partyId: person.partyId ?? undefined }, parties, text)})
                  </span>
                )}
              </span>
            ))}
      </p>
      {room.kind === 'caucus' && <MediatorPresence people={people} yourRole={you.role} />}
      <h3 id="room-notes-label" className="room-view__notes-heading">
        {text('rooms.notes', { room: title })}
      </h3>
      {reason !== null && (
        <p className="hint" id="room-notes-readonly">
          {reason}
        </p>
      )}
      {editable && (
        <EditorToolbar
          editor={editor}
          label={text('rooms.notesToolbar', { room: title })}
          notice={null}
          brackets={false}
        />
      )}
      <div className="room-view__notes" data-testid="room-notes">
        <RichText editor={editor} />
      </div>
      {/* Drafts are tabled from caucuses and working groups; the mediators draft in the plenary itself. */}
      {room.kind !== 'mediator' && (
        <RoomDrafts
          room={room}
          connection={connection}
          plenary={plenary}
          draftsVerdict={draftsVerdict}
          connected={connected}
          brackets={brackets}
        />
      )}
    </>
  );
}
