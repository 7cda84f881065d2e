import type { SessionId } from '@parley/shared';

const storageKey = (sessionId: SessionId) => `parley:token:${sessionId}`;

/**
 * The participant token for a session, if this tab has one: from a `?token=` in the address (kept in
 * sessionStorage for reloads, and removed from the address bar so it is not shared by copying the
 * URL), else from sessionStorage. Idempotent, so React may call it twice.
 */
export function takeRoomToken(sessionId: SessionId): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    writeStorage(storageKey(sessionId), fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return readStorage(storageKey(sessionId));
}

// Storage can be unavailable (privacy modes, sandboxed frames): then the token lives for this page only.
function readStorage(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function writeStorage(key: string, value: string): void {
  try {
    window.sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: the token is still used for this page.
  }
}
