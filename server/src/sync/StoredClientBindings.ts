import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { ClientBindings, ClientOwner } from './gate/ClientBindings.ts';

/**
 * Client-id bindings of one document, loaded with its room, kept in memory and written through to
 * storage. The gate asks synchronously, so memory answers; a write is issued at once (SQLite commits
 * it within the call, before the update that needed it is queued) and a failed write is reported.
 */
export class StoredClientBindings implements ClientBindings {
  private constructor(
    private readonly storage: Pick<DocumentStore, 'bindClient'>,
    private readonly docName: string,
    private readonly owners: Map<number, string>,
    private readonly onWriteFailed: (error: unknown) => void,
  ) {}

  static async load(
    storage: Pick<DocumentStore, 'bindClient' | 'loadClientBindings'>,
    docName: string,
    onWriteFailed: (error: unknown) => void,
  ): Promise<StoredClientBindings> {
    return new StoredClientBindings(storage, docName, await storage.loadClientBindings(docName), onWriteFailed);
  }

  ownerOf(client: number): ClientOwner | undefined {
    // Only this class writes the table, with participant ids or 'server'.
    return this.owners.get(client) as ClientOwner | undefined;
  }

  bind(client: number, owner: ClientOwner): void {
    if (this.owners.has(client)) return;
    this.owners.set(client, owner);
    this.storage.bindClient(this.docName, client, owner).catch(this.onWriteFailed);
  }
}
