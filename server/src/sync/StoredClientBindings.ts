import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { ClientBindings, ClientOwner } from './gate/ClientBindings.ts';

/** Client-id bindings of one document, cached in memory and written through to storage. */
export class StoredClientBindings implements ClientBindings {
  private readonly owners: Map<number, string>;

  constructor(
    private readonly storage: DocumentStore,
    private readonly docName: string,
  ) {
    this.owners = storage.loadClientBindings(docName);
  }

  ownerOf(client: number): ClientOwner | undefined {
    // Only this class writes the table, with participant ids or 'server'.
    return this.owners.get(client) as ClientOwner | undefined;
  }

  bind(client: number, owner: ClientOwner): void {
    if (this.owners.has(client)) return;
    this.storage.bindClient(this.docName, client, owner);
    this.owners.set(client, owner);
  }
}
