import type { SessionId } from '@parley/shared';
import { ID_PATTERN } from '@parley/shared';

/** The client's screens, chosen from `location.pathname` (there is no router library). */
export type Route =
  | { readonly page: 'landing' }
  | { readonly page: 'room'; readonly sessionId: SessionId }
  | { readonly page: 'notFound'; readonly path: string };

const ROOM_PATH = /^\/s\/([^/]+)\/?$/;

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'landing' };
  const room = ROOM_PATH.exec(pathname);
  // Session ids are plain base-36 (ID_PATTERN), so the path segment needs no decoding.
  const sessionId = room?.[1];
  if (sessionId !== undefined && ID_PATTERN.test(sessionId)) return { page: 'room', sessionId: sessionId as SessionId };
  return { page: 'notFound', path: pathname };
}

export function roomPath(sessionId: string): string {
  return `/s/${encodeURIComponent(sessionId)}`;
}
