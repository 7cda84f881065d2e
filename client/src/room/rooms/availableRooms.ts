import type { DocRef, Moderation, Participant, Party, SessionId } from '@parley/shared';
import { docName, mayRead } from '@parley/shared';

/** A room the local participant may open, besides the plenary. */
export interface RoomEntry {
  readonly ref: DocRef;
  /** The document's sync name, also the entry's stable key. */
  readonly name: string;
  /**
   * The room's name in English, for a caller without the interface's messages; screens show
   * `useRoomTitle()(room)`, its name in the reader's language.
   */
  readonly label: string;
  /** A working group's own label, as the mediator wrote it (null for other rooms). */
  readonly groupLabel: string | null;
  readonly kind: 'caucus' | 'workingGroup' | 'mediator';
  /** The party of a caucus, for its colour. */
  readonly party: Party | null;
  /** A caucus the mediator has opened (they are there), or a working group (open while listed). */
  readonly inSession: boolean;
}

/**
 * The rooms this participant may enter, decided by the same read rules as the server's: a party's
 * delegates see their own caucus only, the mediators every caucus and their own notes, and working
 * groups their members (while open). Rooms not listed here are never connected to.
 */
export function availableRooms(
  you: Participant,
  sessionId: SessionId,
  parties: readonly Party[],
  breakouts: Moderation['breakouts'],
): RoomEntry[] {
  const who = { ...you, sessionId };
  const groupMembers = (breakoutId: string) =>
    breakouts.find((breakout) => breakout.id === breakoutId && breakout.kind === 'workingGroup')?.participantIds ??
    null;
  const rooms: RoomEntry[] = [];
  for (const party of parties) {
    const ref: DocRef = { kind: 'caucus', sessionId, partyId: party.id };
    if (!mayRead(who, ref)) continue;
    rooms.push({
      ref,
      name: docName(ref),
      label: you.role === 'mediator' ? `Caucus with ${party.name}` : `Caucus of ${party.name}`,
      kind: 'caucus',
      groupLabel: null,
      party,
      inSession: breakouts.some((breakout) => breakout.kind === 'caucus' && breakout.partyId === party.id),
    });
  }
  for (const breakout of breakouts) {
    if (breakout.kind !== 'workingGroup') continue;
    const ref: DocRef = { kind: 'group', sessionId, breakoutId: breakout.id };
    if (!mayRead(who, ref, groupMembers)) continue;
    rooms.push({
      ref,
      name: docName(ref),
      label: breakout.label || 'Working group',
      kind: 'workingGroup',
      groupLabel: breakout.label || null,
      party: null,
      inSession: true,
    });
  }
  const notes: DocRef = { kind: 'mediator', sessionId };
  if (mayRead(who, notes)) {
    rooms.push({
      ref: notes,
      name: docName(notes),
      label: 'Mediators’ notes',
      kind: 'mediator',
      groupLabel: null,
      party: null,
      inSession: false,
    });
  }
  return rooms;
}
