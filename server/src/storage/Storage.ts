import type { DocumentStore } from './DocumentStore.ts';
import type { SessionStore } from './SessionStore.ts';

export type {
  ClauseHistoryRow,
  ClientBinding,
  DocumentStore,
  StoredDocument,
  VersionRecord,
} from './DocumentStore.ts';
export type {
  AuditEntry,
  InviteRecord,
  NewAuditEntry,
  ParticipantRecord,
  SessionRecord,
  SessionStore,
} from './SessionStore.ts';

/**
 * Everything Parley keeps, in two narrow parts that may live apart: documents (`DocumentStore`, what
 * sync/ uses) and sessions (`SessionStore`, what the negotiation side uses). One engine may be both
 * (SqliteStorage, PostgresStorage); whoever opened it closes it, awaiting the close: SQLite closes
 * at once, PostgreSQL when its pool has ended.
 */
export interface Storage extends DocumentStore, SessionStore {
  close(): void | Promise<void>;
}
