import type { Participant, PresenceEntry, SessionId } from '@parley/shared';
import { presenceAnswerSchema } from '@parley/shared';
import { useCallback, useMemo, useState } from 'react';
import { usePolledAnswer } from '../../api/usePolledAnswer.ts';
import type { KnownPerson } from './KnownPerson.ts';

export const PRESENCE_POLL_MS = 3_000;

export interface PresenceState {
  /** Who is connected to which room right now (null until the first answer). */
  readonly online: readonly PresenceEntry[] | null;
  /** Everyone seen since the console opened, by participant id: names outlive a disconnection. */
  readonly people: ReadonlyMap<string, KnownPerson>;
  readonly error: string | null;
  /** Asks again at once. */
  readonly refresh: () => void;
  /** Drops a removed participant from the list now, before the next answer confirms it. */
  readonly forget: (participantId: string) => void;
}

/** Polls `GET /api/sessions/:id/presence` every few seconds while the console is open. */
export function usePresencePoll(sessionId: SessionId, token: string, you: Participant): PresenceState {
  const [online, setOnline] = useState<readonly PresenceEntry[] | null>(null);
  const [people, setPeople] = useState<ReadonlyMap<string, KnownPerson>>(
    () =>
      new Map([
        [you.participantId, { participantId: you.participantId, name: you.name, role: you.role, partyId: null }],
      ]),
  );

  const { error, refresh } = usePolledAnswer(
    `/api/sessions/${sessionId}/presence`,
    presenceAnswerSchema,
    token,
    PRESENCE_POLL_MS,
    ({ online: entries }) => {
      setOnline((previous) => (JSON.stringify(previous) === JSON.stringify(entries) ? previous : entries));
      setPeople((previous) => {
        const changed = entries.some((entry) => {
          const known = previous.get(entry.participantId);
          return known === undefined || known.name !== entry.name;
        });
        if (!changed) return previous;
        const next = new Map(previous);
        for (const { participantId, name, role, partyId } of entries) {
          next.set(participantId, { participantId, name, role, partyId });
        }
        return next;
      });
    },
  );

  const forget = useCallback((participantId: string) => {
    setOnline((previous) => previous?.filter((entry) => entry.participantId !== participantId) ?? null);
  }, []);

  return useMemo(() => ({ online, people, error, refresh, forget }), [online, people, error, refresh, forget]);
}
