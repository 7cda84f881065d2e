import type { SessionId } from '@parley/shared';
import { ID_PATTERN } from '@parley/shared';

/** The client's screens, chosen from `location.pathname` (there is no router library). */
export type Route =
  | { readonly page: 'landing' }
  | { readonly page: 'join'; readonly sessionId: SessionId }
  | { readonly page: 'room'; readonly sessionId: SessionId }
  | { readonly page: 'notFound'; readonly path: string };

const SESSION_PATH = /^\/(s|join)\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const match = SESSION_PATH.exec(pathname);
  // Session ids are plain base-36 (ID_PATTERN), so the path segment needs no decoding.
  const sessionId = match?.[2];
  if (sessionId !== undefined && ID_PATTERN.test(sessionId)) {
    return { page: match?.[1] === 'join' ? 'join' : 'room', sessionId: sessionId as SessionId };
  }
  return { page: 'notFound', path: pathname };
}

export function roomPath(sessionId: string): string {
  return `/s/${encodeURIComponent(sessionId)}`;
}

const ROUTE_CHANGE = 'parley:routechange';

/**
 * Moves to another screen in place of the current history entry (the join page uses it so that the
 * invite in its address is not left in the history).
 */
export function replaceRoute(path: string): void {
  window.history.replaceState(null, '', path);
  window.dispatchEvent(new Event(ROUTE_CHANGE));
}

/** Calls back when the address changes without a page load (`replaceRoute`, back and forward). */
export function subscribeToRoute(onChange: () => void): () => void {
  window.addEventListener(ROUTE_CHANGE, onChange);
  window.addEventListener('popstate', onChange);
  return () => {
    window.removeEventListener(ROUTE_CHANGE, onChange);
    window.removeEventListener('popstate', onChange);
  };
}
