import type { RosterEntry, SessionId } from '@parley/shared';
import { rosterSchema } from '@parley/shared';
import { useRef, useState } from 'react';
import { usePolledAnswer } from '../api/usePolledAnswer.ts';

/** Often enough that a newcomer is named within seconds; the answer is small (one row per person). */
export const ROSTER_POLL_MS = 4_000;

export interface RosterState {
  /** Everyone who ever joined, by participant id (empty until the first answer). */
  readonly people: ReadonlyMap<string, RosterEntry>;
  readonly error: string | null;
  /** Asks again at once (after a command that changes who is who). */
  readonly refresh: () => void;
}

/**
 * The session's roster, polled while the room is open: the one source of names for the speakers'
 * list, the console, the record and the notices, so a name never falls back to an id. Polling, not
 * a push, because who joined is rare news and the API is already there; awareness fills the gap
 * between two answers for people who are online.
 */
export function useRoster(sessionId: SessionId, token: string): RosterState {
  const [people, setPeople] = useState<ReadonlyMap<string, RosterEntry>>(new Map());
  const lastBody = useRef('');
  const { error, refresh } = usePolledAnswer(
    `/api/sessions/${sessionId}/participants`,
    rosterSchema,
    token,
    ROSTER_POLL_MS,
    ({ participants }) => {
      const body = JSON.stringify(participants);
      if (body === lastBody.current) return;
      lastBody.current = body;
      setPeople(new Map(participants.map((entry) => [entry.participantId, entry])));
    },
  );
  return { people, error, refresh };
}
