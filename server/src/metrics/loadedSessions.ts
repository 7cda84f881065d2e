import type { RoomRegistry } from '../sync/RoomRegistry.ts';

/**
 * The sessions whose plenary is in memory here: what a single server "owns" until the cluster's
 * lease table says which sessions are this server's.
 */
export function loadedSessions(rooms: Pick<RoomRegistry, 'loadedRooms'>): string[] {
  const sessions: string[] = [];
  for (const room of rooms.loadedRooms()) if (room.ref.kind === 'plenary') sessions.push(room.ref.sessionId);
  return sessions;
}
