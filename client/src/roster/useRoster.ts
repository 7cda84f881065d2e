import type { RosterEntry, SessionId } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { requestJson } from '../api/requestJson.ts';
import { parseRoster } from './parseRoster.ts';

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
  const [error, setError] = useState<string | null>(null);
  const alive = useRef(true);
  const inFlight = useRef(false);
  const lastBody = useRef('');

  const poll = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const result = await requestJson('GET', `/api/sessions/${sessionId}/participants`, undefined, parseRoster, token);
    inFlight.current = false;
    if (!alive.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const body = JSON.stringify(result.value);
    if (body === lastBody.current) return;
    lastBody.current = body;
    setPeople(new Map(result.value.map((entry) => [entry.participantId, entry])));
  }, [sessionId, token]);

  useEffect(() => {
    alive.current = true;
    void poll();
    const timer = setInterval(() => void poll(), ROSTER_POLL_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [poll]);

  const refresh = useCallback(() => void poll(), [poll]);
  return { people, error, refresh };
}
