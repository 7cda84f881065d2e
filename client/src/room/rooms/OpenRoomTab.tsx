import type { RoomEntry } from './availableRooms.ts';
import { useRoomTitle } from './useRoomTitle.ts';

/** The tab of the breakout room being shown, named in the reader's language (inside the identity's provider). */
export function OpenRoomTab({ room }: { readonly room: RoomEntry }) {
  const title = useRoomTitle();
  return (
    <span className="tabs__tab tabs__tab--room" aria-current="page">
      {title(room)}
    </span>
  );
}
