import type { Participant, SessionId } from '@parley/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { requestJson } from '../../api/requestJson.ts';
import type { KnownPerson } from './KnownPerson.ts';
import type { PresenceEntry } from './PresenceEntry.ts';
import { parsePresence } from './PresenceEntry.ts';

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
  const [error, setError] = useState<string | null>(null);
  const [people, setPeople] = useState<ReadonlyMap<string, KnownPerson>>(
    () =>
      new Map([
        [you.participantId, { participantId: you.participantId, name: you.name, role: you.role, partyId: null }],
      ]),
  );
  const inFlight = useRef(false);
  const alive = useRef(true);

  const poll = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    const result = await requestJson('GET', `/api/sessions/${sessionId}/presence`, undefined, parsePresence, token);
    inFlight.current = false;
    if (!alive.current) return;
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    const entries = result.value;
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
  }, [sessionId, token]);

  useEffect(() => {
    alive.current = true;
    void poll();
    const timer = setInterval(() => void poll(), PRESENCE_POLL_MS);
    return () => {
      alive.current = false;
      clearInterval(timer);
    };
  }, [poll]);

  const forget = useCallback((participantId: string) => {
    setOnline((previous) => previous?.filter((entry) => entry.participantId !== participantId) ?? null);
  }, []);

  return useMemo(
    () => ({ online, people, error, refresh: () => void poll(), forget }),
    [online, people, error, poll, forget],
  );
}
