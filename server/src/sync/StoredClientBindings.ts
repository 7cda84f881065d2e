import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { ClientBindings, ClientOwner } from './gate/ClientBindings.ts';
import type { PersistQueue } from './PersistQueue.ts';

/**
 * Client-id bindings of one document, loaded with its room and kept in memory (the gate asks
 * synchronously). A new binding is written through the persist queue, in the same transaction as
 * the turn's updates: an update is never stored, or relayed, without the binding it relies on.
 */
export class StoredClientBindings implements ClientBindings {
  private constructor(
    private readonly persist: Pick<PersistQueue, 'noteBinding'>,
    private readonly docName: string,
    private readonly owners: Map<number, string>,
  ) {}

  static async load(
    storage: Pick<DocumentStore, 'loadClientBindings'>,
    persist: Pick<PersistQueue, 'noteBinding'>,
    docName: string,
  ): Promise<StoredClientBindings> {
    return new StoredClientBindings(persist, docName, await storage.loadClientBindings(docName));
  }

  ownerOf(client: number): ClientOwner | undefined {
    // Only this class writes the table, with participant ids or 'server'.
    return this.owners.get(client) as ClientOwner | undefined;
  }

  bind(client: number, owner: ClientOwner): void {
    if (this.owners.has(client)) return;
    this.owners.set(client, owner);
    this.persist.noteBinding({ docName: this.docName, client, owner });
  }
}
