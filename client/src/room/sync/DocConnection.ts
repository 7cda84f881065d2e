import type { SessionId } from '@parley/shared';
import { CloseCodes, docName, isTerminalClose } from '@parley/shared';
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
  private destroyed = false;

  constructor(endpoint: string, sessionId: SessionId, token: string) {
    this.provider = new WebsocketProvider(endpoint, docName({ kind: 'plenary', sessionId }), this.doc, {
      connect: false,
      params: { token },
      // Tabs may hold different participants (a mediator and a delegate side by side): every change
      // goes through the server, which checks it, never tab to tab.
      disableBc: true,
      // A refusal (44xx, 1009) would only repeat on every attempt: stop instead of looping.
      shouldReconnect: (event) => !isTerminalClose(event.code),
    });
    this.listen();
    // Connect on the next microtask: React's development double-mount destroys the first instance
    // at once, and then no socket is opened only to be aborted.
    queueMicrotask(() => {
      if (!this.destroyed) this.provider.connect();
    });
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
    this.destroyed = true;
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
      if (event.code === CloseCodes.Forbidden.code) {
        // The server dropped an edit of ours; the page resets the document from the server's copy.
        this.update({ socket: 'closed', closes, refused: { reason: event.reason || CloseCodes.Forbidden.reason } });
      } else if (isTerminalClose(event.code)) {
        this.update({ socket: 'closed', closes, stopped: { code: event.code, reason: event.reason } });
        // Already no longer reconnecting (shouldReconnect); make it explicit and idempotent.
        queueMicrotask(() => provider.disconnect());
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
