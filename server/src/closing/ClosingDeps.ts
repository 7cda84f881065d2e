import type { PlenaryDocuments } from '../moderation/PlenaryDocuments.ts';
import type { DocumentStore } from '../storage/DocumentStore.ts';
import type { SessionRecord, SessionStore } from '../storage/SessionStore.ts';

/** What the closing steps use: the session's records and revisions, and its live plenary. */
export interface ClosingDeps {
  readonly storage: SessionStore & Pick<DocumentStore, 'saveVersion' | 'loadVersion' | 'loadClientBindings'>;
  readonly documents: Pick<PlenaryDocuments, 'changePlenary' | 'readPlenary'>;
  readonly session: SessionRecord;
}
