import type { IndexeddbPersistence } from 'y-indexeddb';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

interface AwarenessChange {
  readonly added: readonly number[];
  readonly updated: readonly number[];
  readonly removed: readonly number[];
}

/**
 * Where a document's updates and the local presence go: the server's socket and this device's copy.
 * y-websocket and y-indexeddb each listen to the document and do their work (a socket frame, an
 * IndexedDB write, the presence encoded) inside the transaction that made the change, that is inside
 * a keystroke's input event, before the browser can paint the typed letter. The outbox takes their
 * listeners over and runs them in a task right after the keystroke's (in order; presence changes
 * coalesced), so the letter is on the screen first: about a millisecond of every keystroke. (The
 * handlers are those libraries' own, declared in their typings; both are pinned in package.json.)
 *
 * It listens only once the device's copy is loaded: while y-indexeddb applies that copy, a listener
 * would make Yjs encode the whole document once more only for both to skip it (tens of milliseconds
 * of a long draft's first render). Nothing can change the document meanwhile: the room shows it once
 * the copy is loaded and the server's is synced.
 */
export class UpdateOutbox {
  private readonly updates: [update: Uint8Array, origin: unknown][] = [];
  private readonly changedPresence = new Set<number>();
  private scheduled: ReturnType<typeof setTimeout> | null = null;
  private listening = false;

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
    private readonly persistence: IndexeddbPersistence | null,
  ) {
    doc.off('update', provider._updateHandler);
    if (persistence !== null) doc.off('update', persistence._storeUpdate);
    provider.awareness.off('update', provider._awarenessUpdateHandler);
  }

  /** From now on the document's changes go out (the device's copy is loaded, or will not be). */
  open(): void {
    if (this.listening) return;
    this.listening = true;
    this.doc.on('update', this.onUpdate);
    this.provider.awareness.on('update', this.onPresence);
  }

  /** Sends and stores what is waiting now (before the provider and the document are destroyed). */
  flush = (): void => {
    if (this.scheduled !== null) clearTimeout(this.scheduled);
    this.scheduled = null;
    for (const [update, origin] of this.updates.splice(0)) {
      this.provider._updateHandler(update, origin);
      this.persistence?._storeUpdate(update, origin);
    }
    if (this.changedPresence.size > 0) {
      const updated = [...this.changedPresence];
      this.changedPresence.clear();
      this.provider._awarenessUpdateHandler({ added: [], updated, removed: [] }, null);
    }
  };

  close(): void {
    this.flush();
    if (!this.listening) return;
    this.listening = false;
    this.doc.off('update', this.onUpdate);
    this.provider.awareness.off('update', this.onPresence);
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.updates.push([update, origin]);
    this.schedule();
  };

  private readonly onPresence = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    if (removed.length > 0) {
      // Someone's presence ends (a leaving peer, or ours at the end): said at once, after what waits.
      this.flush();
      this.provider._awarenessUpdateHandler({ added, updated, removed }, origin);
      return;
    }
    for (const client of [...added, ...updated]) this.changedPresence.add(client);
    this.schedule();
  };

  private schedule(): void {
    this.scheduled ??= setTimeout(this.flush, 0);
  }
}
