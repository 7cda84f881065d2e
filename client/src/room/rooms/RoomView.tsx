import type { PlenaryRoots, Verdict } from '@parley/shared';
import { roomNotes } from '@parley/shared';
import { useEffect, useMemo, useState } from 'react';
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

  return (
    <section
      className="room-view stack"
      aria-labelledby="room-view-heading"
      data-testid="room-view"
      data-room={room.name}
    >
      {stuck !== null ? (
        <p className="error" role="alert" data-testid="room-stuck">
          The server keeps refusing what this page sends to {room.label} ({describeRefusal(stuck, new Map())}). Reload
          the page; if this happens again, tell the mediator.
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

  useEffect(() => connection?.setUser(user), [connection, user]);
  useDiscardRefusedCopy(connection, state.refused, onRefused);

  return (
    <>
      <header className="room-view__header">
        <h2 id="room-view-heading">{room.label}</h2>
        <ConnectionStatus state={state} label={room.label} testId="room-connection-status" compact />
      </header>
      <p className="hint">{describeRoom(room, you.role)}</p>
      {notKept !== null && (
        <div className="notice" role="alert" data-testid="room-edit-not-kept">
          <p>
            Your last edit in this room was not kept: <strong>{describeRefusal(notKept, new Map())}</strong>. The notes
            were reloaded from the server.
          </p>
          <button type="button" className="button button--small" onClick={onDismiss}>
            Dismiss
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
        state.stopped === null && <Loading label={`Opening ${room.label}…`} />
      )}
    </>
  );
}

function describeRoom(room: RoomEntry, role: string): string {
  switch (room.kind) {
    case 'caucus':
      return role === 'mediator'
        ? `Only ${room.party?.name ?? 'this party'}’s delegation and the mediators can read these notes.`
        : 'Only your delegation and the mediators can read these notes and drafts. Nothing here reaches the other parties unless you table it in the plenary.';
    case 'workingGroup':
      return 'The members of this working group and the mediators can read these notes and drafts; a draft reaches the plenary only when it is tabled there.';
    case 'mediator':
      return 'Only the mediators can read these notes.';
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
        <span className="room-view__people-label">In this room:</span>{' '}
        {people.length === 0
          ? 'nobody else yet'
          : people.map((person, index) => (
              <span key={person.key} className="presence__person">
                {index > 0 && ', '}
                <span className="swatch" style={{ backgroundColor: person.color }} aria-hidden="true" />
                {person.name}
                {person.role && (
                  <span className="presence__role">
                    {' '}
                    ({describeRole({ role: person.role, partyId: person.partyId ?? undefined }, parties)})
                  </span>
                )}
              </span>
            ))}
      </p>
      {room.kind === 'caucus' && <MediatorPresence people={people} yourRole={you.role} />}
      <h3 id="room-notes-label" className="room-view__notes-heading">
        Notes of {room.label}
      </h3>
      {reason !== null && (
        <p className="hint" id="room-notes-readonly">
          {reason}
        </p>
      )}
      {editable && (
        <EditorToolbar editor={editor} label={`the notes of ${room.label}`} notice={null} brackets={false} />
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
