import type { SessionId } from '@parley/shared';
import { CloseCodes, docName, TERMINAL_CLOSE_CODES } from '@parley/shared';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { LocalUser } from '../identity/LocalUser.ts';
import type { ConnectionState } from './ConnectionState.ts';
import { INITIAL_CONNECTION_STATE } from './ConnectionState.ts';

/**
 * One session's plenary document and its link to the server: a `Y.Doc`, the y-websocket provider,
 * and the connection state as a small external store for `useSyncExternalStore`.
 */
export class RoomConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  private state: ConnectionState = INITIAL_CONNECTION_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];

  constructor(endpoint: string, sessionId: SessionId, token: string | null) {
    this.provider = new WebsocketProvider(endpoint, docName({ kind: 'plenary', sessionId }), this.doc, {
      connect: false,
      params: token ? { token } : {},
      // Tabs may hold different participants (a mediator and a delegate side by side): every change
      // goes through the server, which checks it, never tab to tab.
      disableBc: true,
      // Refusals that would repeat on every attempt stop here; 4403 (an edit the server dropped) is
      // handled by resetting the document, since reconnecting would send the same edit again.
      shouldReconnect: (event) => !TERMINAL_CLOSE_CODES.has(event.code) && event.code !== CloseCodes.Forbidden.code,
    });
    this.listen();
    this.provider.connect();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ConnectionState => this.state;

  setUser(user: LocalUser): void {
    this.provider.awareness.setLocalStateField('user', user);
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup();
    this.listeners.clear();
    this.provider.destroy();
    this.doc.destroy();
  }

  private listen(): void {
    const { provider } = this;
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      this.update({ socket: status === 'connected' ? 'open' : status === 'connecting' ? 'connecting' : 'closed' });
    };
    const onSync = (synced: boolean) => {
      if (synced) this.update({ hasSynced: true });
    };
    const onClose = (event: CloseEvent | null) => {
      // `null`: we closed it ourselves (disconnect, or the provider's silence watchdog).
      const closes = this.state.closes + 1;
      if (event === null) {
        this.update({ socket: 'closed', closes });
        return;
      }
      if (TERMINAL_CLOSE_CODES.has(event.code)) {
        this.update({ socket: 'closed', closes, stopped: { code: event.code, reason: event.reason } });
        // Already no longer reconnecting (shouldReconnect); make it explicit and idempotent.
        queueMicrotask(() => provider.disconnect());
      } else if (event.code === CloseCodes.Forbidden.code) {
        this.update({ socket: 'closed', closes, refused: { reason: event.reason || CloseCodes.Forbidden.reason } });
      } else {
        this.update({ socket: 'closed', closes });
      }
    };
    const onOnline = () => this.update({ deviceOffline: false });
    const onOffline = () => this.update({ deviceOffline: true });

    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('connection-close', onClose);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    this.update({ deviceOffline: !navigator.onLine });
    this.cleanups.push(() => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    });
  }

  private update(change: Partial<ConnectionState>): void {
    const next = { ...this.state, ...change };
    if ((Object.keys(change) as (keyof ConnectionState)[]).every((key) => next[key] === this.state[key])) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
