import { CloseCodes } from '@parley/shared';
import type { MessageKey } from '../../i18n/catalogs/english.ts';

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

/** Why the server closed the connection for good, as a catalog message and the reason it gave. */
export function stopMessage(stopped: { code: number; reason: string }): { key: MessageKey; reason: string } {
  const reason = (fallback: string) => stopped.reason.trim() || fallback;
  switch (stopped.code) {
    case CloseCodes.MessageTooBig.code:
    case CloseCodes.FrameTooBig.code:
      return { key: 'connection.stop.tooLarge', reason: reason(CloseCodes.MessageTooBig.reason) };
    case CloseCodes.MalformedMessage.code:
      return { key: 'connection.stop.malformed', reason: reason(CloseCodes.MalformedMessage.reason) };
    case CloseCodes.Unauthorized.code:
      return { key: 'connection.stop.unauthorized', reason: reason(CloseCodes.Unauthorized.reason) };
    case CloseCodes.DocumentNotFound.code:
      return { key: 'connection.stop.notFound', reason: reason(CloseCodes.DocumentNotFound.reason) };
    case CloseCodes.Removed.code:
      return { key: 'connection.stop.removed', reason: reason(CloseCodes.Removed.reason) };
    default:
      return { key: 'connection.stop.other', reason: reason(`code ${stopped.code}`) };
  }
}

/** The document holds both this device's copy and the server's: editors may be shown. */
export function isReady(state: ConnectionState): boolean {
  return state.localLoaded && state.hasSynced;
}
