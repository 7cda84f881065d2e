import type { Role } from '@parley/shared';
import { presenceUserSchema } from '@parley/shared';
import { useCallback } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useMessages } from '../../i18n/useMessages.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** One person in the room, as the server vouches for them (it writes the identity into presence). */
export interface PresentParticipant {
  /** The participant id the server verified; the awareness client id until the server says. */
  readonly key: string;
  readonly name: string;
  readonly color: string;
  readonly role: Role | null;
  readonly partyId: string | null;
}

/**
 * The other people connected to this document, from awareness. Each connection carries the identity
 * the server verified, so one participant with two tabs open is listed once.
 */
export function usePresence(awareness: Awareness): readonly PresentParticipant[] {
  const { text } = useMessages();
  const anonymous = text('presence.anonymous');
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    [awareness],
  );
  const read = (): PresentParticipant[] => {
    const people = new Map<string, PresentParticipant>();
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const person = readPerson(clientId, state.user, anonymous);
      if (person && !people.has(person.key)) people.set(person.key, person);
    }
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  };
  return useYjsValue(subscribe, read, samePeople);
}

function readPerson(clientId: number, user: unknown, anonymous: string): PresentParticipant | null {
  const parsed = presenceUserSchema.safeParse(user);
  if (!parsed.success) return null;
  const { participantId, name, color, role, partyId } = parsed.data;
  return {
    key: participantId ?? `client-${clientId}`,
    name: name.trim() || anonymous,
    color: color ?? '#555555',
    role: role ?? null,
    partyId: partyId ?? null,
  };
}

function samePeople(a: readonly PresentParticipant[], b: readonly PresentParticipant[]): boolean {
  return (
    a.length === b.length &&
    a.every((person, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        person.key === other.key &&
        person.name === other.name &&
        person.color === other.color &&
        person.role === other.role &&
        person.partyId === other.partyId
      );
    })
  );
}
