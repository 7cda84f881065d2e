import { CloseCodes } from '@parley/shared';

/** The word the page shows for the link to the server. */
export type ConnectionStatus = 'connecting' | 'online' | 'reconnecting' | 'offline';

export interface ConnectionState {
  readonly socket: 'connecting' | 'open' | 'closed';
  /** Connections that closed since the page opened this room; after the first, we are re-connecting. */
  readonly closes: number;
  /** True once this device's copy of the document (IndexedDB) was loaded, or found unavailable. */
  readonly localLoaded: boolean;
  /** True from the first completed sync with the server on: before it, the document is not the session's text. */
  readonly hasSynced: boolean;
  /** The browser reports no network at all. */
  readonly deviceOffline: boolean;
  /** The server refused the connection for good (`isTerminalClose`: 44xx, 1009); we no longer retry. */
  readonly stopped: { readonly code: number; readonly reason: string } | null;
  /** The server dropped an edit of ours (4403): the document must be reset from the server. */
  readonly refused: { readonly reason: string } | null;
}

export const INITIAL_CONNECTION_STATE: ConnectionState = {
  socket: 'connecting',
  closes: 0,
  localLoaded: false,
  hasSynced: false,
  deviceOffline: false,
  stopped: null,
  refused: null,
};

export function connectionStatus(state: ConnectionState): ConnectionStatus {
  if (state.stopped !== null) return 'offline';
  if (state.socket === 'open') return 'online';
  if (state.deviceOffline) return 'offline';
  return state.closes > 0 ? 'reconnecting' : 'connecting';
}

/** What the user is told when the connection stopped for good, in words they can act on. */
export function describeStop(stopped: { code: number; reason: string }): string {
  const reason = (fallback: string) => stopped.reason.trim() || fallback;
  switch (stopped.code) {
    case CloseCodes.MessageTooBig.code:
    case CloseCodes.FrameTooBig.code:
      return `An edit was too large for the server to accept (${reason(CloseCodes.MessageTooBig.reason)}). Reload the page to continue from the server's copy.`;
    case CloseCodes.MalformedMessage.code:
      return `The server could not read what this page sent (${reason(CloseCodes.MalformedMessage.reason)}). Reload the page.`;
    case CloseCodes.Unauthorized.code:
      return `The server did not accept your access to this session (${reason(CloseCodes.Unauthorized.reason)}). Open the session again from your invite link.`;
    case CloseCodes.DocumentNotFound.code:
      return `This session does not exist (${reason(CloseCodes.DocumentNotFound.reason)}). Check the link you were given.`;
    case CloseCodes.Removed.code:
      return `You were removed from this session by the mediator (${reason(CloseCodes.Removed.reason)}).`;
    default:
      return `The server closed the connection (${reason(`code ${stopped.code}`)}).`;
  }
}

/** The document holds both this device's copy and the server's: editors may be shown. */
export function isReady(state: ConnectionState): boolean {
  return state.localLoaded && state.hasSynced;
}
