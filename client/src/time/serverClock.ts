import { serverTimeSchema } from '@parley/shared';
import { useEffect, useState } from 'react';
import { requestJson } from '../api/requestJson.ts';

/**
 * The difference between the server's clock and this browser's, so that every screen counts down a
 * time-box or a speaking turn to the same second. Measured once per page from `GET /api/time`, taking
 * the middle of the round trip.
 */
let offsetMs = 0;
let measured: Promise<void> | null = null;

export function measureServerClock(): Promise<void> {
  measured ??= (async () => {
    const sentAt = Date.now();
    const result = await requestJson('GET', '/api/time', undefined, serverTimeSchema);
    const receivedAt = Date.now();
    // Without the server's time, the browser's own clock is the best estimate.
    if (result.ok) offsetMs = result.value.now - (sentAt + receivedAt) / 2;
  })();
  return measured;
}

/** The server's current time, as well as this page knows it. */
export function serverNow(): number {
  return Date.now() + offsetMs;
}

/** Milliseconds left until `endsAt` (server time), refreshed every `tickMs`; null without a deadline. */
export function useRemaining(endsAt: number | null, tickMs = 250): number | null {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    void measureServerClock().then(() => setNow(serverNow()));
    if (endsAt === null) return;
    const timer = setInterval(() => setNow(serverNow()), tickMs);
    return () => clearInterval(timer);
  }, [endsAt, tickMs]);
  return endsAt === null ? null : Math.max(0, endsAt - now);
}

/** "4:05" for a remaining time in milliseconds. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
