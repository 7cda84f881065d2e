import type { Participant } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import type { RoomEntry } from './availableRooms.ts';
import { useRoomTitle } from './useRoomTitle.ts';

interface RoomsNavProps {
  readonly rooms: readonly RoomEntry[];
  readonly you: Participant;
  /** The open room's name, or null for the plenary. */
  readonly selected: string | null;
  readonly onSelect: (room: RoomEntry | null) => void;
}

/** Where this participant may go: the plenary, their caucus, their working groups (mediators: every room). */
export function RoomsNav({ rooms, you, selected, onSelect }: RoomsNavProps) {
  const { text } = useMessages();
  const title = useRoomTitle();
  return (
    <nav className="panel" aria-labelledby="rooms-heading">
      <h2 id="rooms-heading" className="panel__heading">
        {text('rooms.heading')}
      </h2>
      <ul className="rooms" data-testid="rooms">
        <li>
          <button
            type="button"
            className="rooms__link"
            aria-current={selected === null ? 'page' : undefined}
            onClick={() => onSelect(null)}
            data-testid="room-link"
            data-room="plenary"
          >
            <span className="rooms__name">{text('rooms.plenary')}</span>
            <span className="rooms__note">{text('rooms.note.everyone')}</span>
          </button>
        </li>
        {rooms.map((room) => (
          <li key={room.name}>
            <button
              type="button"
              className={`rooms__link${room.inSession && room.kind === 'caucus' ? ' rooms__link--live' : ''}`}
              aria-current={selected === room.name ? 'page' : undefined}
              onClick={() => onSelect(room)}
              data-testid="room-link"
              data-room={room.name}
              style={room.party ? { borderInlineStartColor: room.party.color } : undefined}
            >
              <span className="rooms__name">{title(room)}</span>
              <span className="rooms__note">{text(roomNote(room, you))}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function roomNote(room: RoomEntry, you: Participant): MessageKey {
  switch (room.kind) {
    case 'caucus':
      if (you.role === 'mediator') return room.inSession ? 'rooms.note.caucusOpen' : 'rooms.note.private';
      // An open caucus says the mediator called it, not that they are in it: the room itself says
      // whether they are there now (MediatorPresence).
      return room.inSession ? 'rooms.note.called' : 'rooms.note.yourDelegation';
    case 'workingGroup':
      return 'rooms.note.group';
    case 'mediator':
      return 'rooms.note.mediators';
  }
}
