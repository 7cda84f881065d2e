import type { Participant } from '@parley/shared';
import { presenceUserSchema } from '@parley/shared';
import { useCallback, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { useMessages } from '../../i18n/useMessages.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

export interface KnownParticipant {
  readonly participantId: string;
  readonly name: string;
  readonly role: Participant['role'] | null;
  readonly partyId: string | null;
}

/**
 * Everyone this page has seen in the plenary, by participant id, with the identity the server wrote
 * into their presence. Names stay known after someone leaves, so a speakers' list or a sign-off can
 * still name them. (The API has no list of a session's participants for delegates.)
 */
export function useParticipantNames(awareness: Awareness, you: Participant): ReadonlyMap<string, KnownParticipant> {
  const anonymous = useMessages().text('presence.anonymous');
  const known = useRef(new Map<string, KnownParticipant>());
  const version = useRef(0);
  const snapshot = useRef<{ version: number; map: ReadonlyMap<string, KnownParticipant> } | null>(null);

  const learn = useCallback(() => {
    let changed = false;
    for (const state of awareness.getStates().values()) {
      const person = readUser(state.user, anonymous);
      if (!person) continue;
      const previous = known.current.get(person.participantId);
      if (previous?.name === person.name && previous.partyId === person.partyId) continue;
      known.current.set(person.participantId, person);
      changed = true;
    }
    if (changed) version.current += 1;
  }, [awareness, anonymous]);

  const subscribe = useCallback(
    (onChange: () => void) => {
      const onAwareness = () => {
        learn();
        onChange();
      };
      awareness.on('change', onAwareness);
      return () => awareness.off('change', onAwareness);
    },
    [awareness, learn],
  );
  const read = (): ReadonlyMap<string, KnownParticipant> => {
    learn();
    if (!known.current.has(you.participantId)) {
      known.current.set(you.participantId, {
        participantId: you.participantId,
        name: you.name,
        role: you.role,
        partyId: you.partyId ?? null,
      });
      version.current += 1;
    }
    if (snapshot.current?.version !== version.current) {
      snapshot.current = { version: version.current, map: new Map(known.current) };
    }
    return snapshot.current.map;
  };
  return useYjsValue(subscribe, read, (a, b) => a === b);
}

function readUser(user: unknown, anonymous: string): KnownParticipant | null {
  const parsed = presenceUserSchema.safeParse(user);
  if (!parsed.success || parsed.data.participantId === undefined) return null;
  const { participantId, name, role, partyId } = parsed.data;
  return { participantId, name: name.trim() || anonymous, role: role ?? null, partyId: partyId ?? null };
}
