import { CloseCodes, isTerminalClose } from '@parley/shared';
import { clearDocument, IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { noteServerAnswered } from '../../api/serverAnswers.ts';
import type { LocalUser } from '../identity/LocalUser.ts';
import type { ConnectionState } from './ConnectionState.ts';
import { INITIAL_CONNECTION_STATE } from './ConnectionState.ts';
import { UpdateOutbox } from './UpdateOutbox.ts';

/** How long the local copy may take to load before the document goes on without it. */
const LOCAL_LOAD_TIMEOUT_MS = 3_000;

export interface DocConnectionOptions {
  /** The y-websocket endpoint (`syncEndpoint()`). */
  readonly endpoint: string;
  /** The document's sync name (`docName(ref)`): the plenary, a caucus, a working group, the mediators' notes. */
  readonly docName: string;
  readonly token: string;
  /** The local copy is kept per participant, so two people sharing a browser never mix their edits. */
  readonly participantId: string;
}

/**
 * One synced document of a session: a `Y.Doc`, its copy on this device (IndexedDB, so that edits
 * made offline survive a reload and merge on reconnect), the y-websocket provider, and the
 * connection state as a small external store for `useSyncExternalStore`.
 *
 * The provider connects once the local copy is loaded: its first sync then carries the offline
 * edits, and "synced" means the page shows both the device's and the server's text.
 */
export class DocConnection {
  readonly doc = new Y.Doc();
  readonly provider: WebsocketProvider;
  readonly docName: string;
  private readonly persistence: IndexeddbPersistence | null;
  private readonly outbox: UpdateOutbox;
  private readonly localName: string;
  private state: ConnectionState = INITIAL_CONNECTION_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly cleanups: (() => void)[] = [];
  private destroyed = false;

  constructor({ endpoint, docName, token, participantId }: DocConnectionOptions) {
    this.docName = docName;
    this.localName = `parley:${docName}:${participantId}`;
    this.provider = new WebsocketProvider(endpoint, docName, this.doc, {
      connect: false,
      params: { token },
      // Tabs may hold different participants (a mediator and a delegate side by side): every change
      // goes through the server, which checks it, never tab to tab.
      disableBc: true,
      // A refusal (44xx, 1009) would only repeat on every attempt: stop instead of looping.
      shouldReconnect: (event) => !isTerminalClose(event.code),
    });
    this.persistence = openLocalCopy(this.localName, this.doc);
    this.outbox = new UpdateOutbox(this.doc, this.provider, this.persistence);
    this.listen();
    void this.loadLocalCopy();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ConnectionState => this.state;

  setUser(user: LocalUser): void {
    this.provider.awareness.setLocalStateField('user', user);
  }

  /**
   * Forgets this device's copy of the document: after the server refused an edit (4403), the copy
   * holds that edit, and loading it again would only send it again.
   */
  async discardLocalCopy(): Promise<void> {
    this.destroy();
    try {
      await this.persistence?.destroy();
      // Another tab of the same person may hold the database open, which blocks its deletion: the
      // page goes on after a while rather than wait for that tab.
      await Promise.race([
        clearDocument(this.localName),
        new Promise<void>((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS)),
      ]);
    } catch {
      // Without IndexedDB there is nothing kept to discard.
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const cleanup of this.cleanups) cleanup();
    this.listeners.clear();
    // What was typed a moment ago is sent and kept before the socket and the copy close.
    this.outbox.close();
    this.provider.destroy();
    // Destroying the document also closes its IndexedDB persistence (it listens for `destroy`).
    this.doc.destroy();
  }

  private async loadLocalCopy(): Promise<void> {
    if (this.persistence !== null) {
      const persistence = this.persistence;
      await Promise.race([
        persistence.whenSynced,
        // No IndexedDB (a private window, storage refused): go on with the server's copy alone.
        persistence._db.then(
          () => new Promise<void>(() => {}),
          () => undefined,
        ),
        new Promise<void>((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS)),
      ]).catch(() => undefined);
    }
    if (this.destroyed) return;
    this.outbox.open();
    this.update({ localLoaded: true });
    // Stay off the network while the device says it has none; the `online` event connects.
    if (navigator.onLine) this.provider.connect();
  }

  private listen(): void {
    const { provider } = this;
    const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      this.update({ socket: status === 'connected' ? 'open' : status === 'connecting' ? 'connecting' : 'closed' });
      // The server is back: messages about failed requests can go, and failed polls ask again now.
      if (status === 'connected') noteServerAnswered();
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
    // The browser knows first when the network is gone: stop at once (edits stay in the document and
    // on this device) rather than let the socket time out, and connect again when it is back.
    const onOnline = () => {
      this.update({ deviceOffline: false });
      if (this.state.localLoaded && this.state.stopped === null && this.state.refused === null) provider.connect();
    };
    const onOffline = () => {
      this.update({ deviceOffline: true });
      provider.disconnect();
    };

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

function openLocalCopy(name: string, doc: Y.Doc): IndexeddbPersistence | null {
  try {
    return typeof indexedDB === 'undefined' ? null : new IndexeddbPersistence(name, doc);
  } catch {
    return null;
  }
}
