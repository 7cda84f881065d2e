import type { RosterEntry } from '@parley/shared';
import type { KnownParticipant } from '../room/presence/useParticipantNames.ts';

/**
 * Everyone the room can name: the roster (everyone who ever joined, even offline or removed) plus
 * whoever presence showed since the last roster answer (a newcomer is named at once).
 */
export function withRosterNames(
  roster: ReadonlyMap<string, RosterEntry>,
  seen: ReadonlyMap<string, KnownParticipant>,
): ReadonlyMap<string, KnownParticipant> {
  if (roster.size === 0) return seen;
  const names = new Map(seen);
  for (const entry of roster.values()) {
    names.set(entry.participantId, {
      participantId: entry.participantId,
      name: entry.name,
      role: entry.role,
      partyId: entry.partyId ?? null,
    });
  }
  return names;
}
