import type { ParticipantId, PartyId, Role, SessionId } from '@parley/shared';

/**
 * Everything Parley keeps, behind one narrow interface so another engine (e.g. PostgreSQL) can pass
 * the same contract tests (storage/Storage.contract.ts). All calls are synchronous: better-sqlite3 is,
 * and it lets a room load its document before it answers any message.
 */
export interface SessionRecord {
  readonly id: SessionId;
  readonly title: string;
  readonly createdAt: number;
  /** The parties invites were made for; the plenary's `meta.parties` holds their display records. */
  readonly parties: readonly { readonly id: PartyId; readonly name: string }[];
}

export interface InviteRecord {
  readonly id: string;
  readonly sessionId: SessionId;
  readonly role: Role;
  readonly partyId: PartyId | null;
  readonly createdAt: number;
  readonly revokedAt: number | null;
}

export interface ParticipantRecord {
  readonly id: ParticipantId;
  readonly sessionId: SessionId;
  readonly inviteId: string;
  readonly role: Role;
  readonly partyId: PartyId | null;
  readonly name: string;
  readonly joinedAt: number;
  readonly removedAt: number | null;
}

/** One line of a session's record: who did what, when, and whether it was allowed. */
export interface AuditEntry {
  readonly id: number;
  readonly sessionId: SessionId;
  readonly at: number;
  readonly participantId: ParticipantId | null;
  readonly role: Role | 'server';
  readonly action: string;
  /** What was acted on, as JSON (payload fields, reasons). */
  readonly detail: Readonly<Record<string, unknown>>;
  readonly outcome: 'ok' | 'refused';
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** A named revision of a session's text (Rev.1, Rev.2 …): the plenary's state when it was saved. */
export interface VersionRecord {
  readonly id: string;
  readonly sessionId: SessionId;
  readonly label: string;
  readonly createdAt: number;
  readonly createdBy: ParticipantId;
}

/** A document as stored: the last compacted state (if any) and the updates appended since. */
export interface StoredDocument {
  readonly state: Uint8Array | null;
  readonly updates: readonly Uint8Array[];
  /** Sequence number of the newest update included above; compaction removes rows up to it. */
  readonly lastSeq: number;
}

export interface Storage {
  createSession(session: SessionRecord, invites: readonly InviteRecord[], initialState: Uint8Array): void;
  getSession(id: SessionId): SessionRecord | null;
  getInvite(id: string): InviteRecord | null;
  listInvites(sessionId: SessionId): InviteRecord[];
  addInvite(invite: InviteRecord): void;
  revokeInvite(id: string, at: number): void;
  addParticipant(participant: ParticipantRecord): void;
  getParticipant(id: ParticipantId): ParticipantRecord | null;
  listParticipants(sessionId: SessionId): ParticipantRecord[];
  removeParticipant(id: ParticipantId, at: number): void;

  /** Which participant (or 'server') owns each Yjs client id of a document. */
  loadClientBindings(docName: string): Map<number, string>;
  bindClient(docName: string, client: number, owner: string): void;

  loadDocument(docName: string): StoredDocument;
  /** Appends one update durably and returns its sequence number. Throws when storage fails. */
  appendUpdate(docName: string, update: Uint8Array): number;
  /** Appends several updates in one transaction (all or none); their sequence numbers, in order. */
  appendUpdates(entries: readonly { readonly docName: string; readonly update: Uint8Array }[]): number[];
  /** Replaces the log up to `upToSeq` (inclusive) by `state`, atomically. */
  compact(docName: string, state: Uint8Array, upToSeq: number): void;
  /** Rows in the update log of one document (for compaction decisions and tests). */
  countUpdates(docName: string): number;

  appendAudit(entry: NewAuditEntry): number;
  /** Newest first; `before` pages back from an entry id. */
  listAudit(sessionId: SessionId, limit: number, before?: number): AuditEntry[];
  /** Oldest first: the entries written after entry id `after` (live updates, notices). */
  listAuditAfter(sessionId: SessionId, after: number, limit: number): AuditEntry[];

  /** The newest audit entry id whose notice the participant has read (0 when none). */
  noticesReadUpTo(participantId: ParticipantId): number;
  /** Moves the read cursor forward (never back); answers where it now stands. */
  markNoticesRead(participantId: ParticipantId, upTo: number): number;

  saveVersion(version: VersionRecord, state: Uint8Array): void;
  listVersions(sessionId: SessionId): VersionRecord[];
  loadVersion(sessionId: SessionId, id: string): { version: VersionRecord; state: Uint8Array } | null;

  close(): void;
}
