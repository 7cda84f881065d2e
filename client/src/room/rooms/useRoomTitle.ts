import { useMessages } from '../../i18n/useMessages.ts';
import { useIdentity } from '../../state/IdentityContext.ts';
import type { RoomEntry } from './availableRooms.ts';

/**
 * A room's name in the reader's language: "Caucus with Ruritania" for the mediators, "Caucus of
 * Ruritania" for its delegation, a working group by its label, "Mediators’ notes".
 */
export function useRoomTitle(): (room: RoomEntry) => string {
  const { you } = useIdentity();
  const { text } = useMessages();
  const mediator = you.role === 'mediator';
  return (room: RoomEntry) => {
    switch (room.kind) {
      case 'caucus': {
        const party = room.party?.name ?? '';
        return mediator ? text('rooms.caucusWith', { party }) : text('rooms.caucusOf', { party });
      }
      case 'workingGroup':
        return room.groupLabel ?? text('rooms.group');
      case 'mediator':
        return text('rooms.mediatorNotes');
    }
  };
}
