import type { SessionId, SessionSummary } from '@parley/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchSessionSummary } from '../../api/fetchSessionSummary.ts';
import type { AccessDenial } from './AccessDenial.ts';
import { denialFromStatus, isDenialStatus } from './AccessDenial.ts';

export type SessionAccess =
  | { readonly status: 'checking' }
  | { readonly status: 'granted'; readonly summary: SessionSummary }
  | { readonly status: 'denied'; readonly denial: AccessDenial }
  /** No answer, or a server error: worth trying again. */
  | { readonly status: 'unreachable'; readonly error: string };

/** How often a page that could not reach the server asks again by itself. */
export const ACCESS_RETRY_MS = 3_000;

export interface SessionAccessControls {
  readonly access: SessionAccess;
  /** Asks the server again; after a failed connection this is the only way to learn why. */
  readonly recheck: () => void;
  /** Ends access from what the sync connection was told (removed, unauthorized). */
  readonly deny: (denial: AccessDenial) => void;
}

/**
 * Whether the stored participant may enter the session, and who the server says they are. Checked
 * once on arrival and again whenever the room's connection fails: a refused WebSocket upgrade only
 * shows the browser a bare close (1006), while the HTTP API says why. While the server cannot be
 * reached it asks again every few seconds, so the page opens by itself once the server is back.
 */
export function useSessionAccess(sessionId: SessionId, token: string): SessionAccessControls {
  const [access, setAccess] = useState<SessionAccess>({ status: 'checking' });
  const mounted = useRef(true);
  const inFlight = useRef(false);

  const recheck = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    void fetchSessionSummary(sessionId, token).then((result) => {
      inFlight.current = false;
      if (!mounted.current) return;
      setAccess((current) => {
        if (current.status === 'denied') return current;
        if (result.ok) return { status: 'granted', summary: result.value };
        if (isDenialStatus(result.status)) {
          return { status: 'denied', denial: denialFromStatus(result.status, result.error) };
        }
        // Once in, a passing failure leaves the room as it is: its connection is retrying already.
        return current.status === 'granted' ? current : { status: 'unreachable', error: result.error };
      });
    });
  }, [sessionId, token]);

  const deny = useCallback((denial: AccessDenial) => setAccess({ status: 'denied', denial }), []);

  useEffect(() => {
    mounted.current = true;
    recheck();
    return () => {
      mounted.current = false;
    };
  }, [recheck]);

  const unreachable = access.status === 'unreachable';
  useEffect(() => {
    if (!unreachable) return;
    const timer = window.setInterval(recheck, ACCESS_RETRY_MS);
    window.addEventListener('online', recheck);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('online', recheck);
    };
  }, [unreachable, recheck]);

  return { access, recheck, deny };
}
