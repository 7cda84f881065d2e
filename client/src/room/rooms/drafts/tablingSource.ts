import type { Moderation, TablingSource } from '@parley/shared';
import type { RoomEntry } from '../availableRooms.ts';

/** The room as the tabling rule sees it, or null for a room whose drafts are not tabled (the mediators' notes). */
export function tablingSource(room: RoomEntry, breakouts: Moderation['breakouts']): TablingSource | null {
  const ref = room.ref;
  if (ref.kind === 'caucus') return { kind: 'caucus', partyId: ref.partyId };
  if (ref.kind !== 'group') return null;
  const group = breakouts.find((breakout) => breakout.id === ref.breakoutId && breakout.kind === 'workingGroup');
  return group ? { kind: 'workingGroup', label: group.label, participantIds: group.participantIds } : null;
}
