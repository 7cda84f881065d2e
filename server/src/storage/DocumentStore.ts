import type { ParticipantId, SessionId } from '@parley/shared';

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

/** A Yjs client id of a document and who owns it (a participant id, or 'server'). */
export interface ClientBinding {
  readonly docName: string;
  readonly client: number;
  readonly owner: string;
}

/**
 * One entry of a clause's history: a session of typing by one author (consecutive steps with less
 * than a minute between them and no other author's in between), or by several typing in the clause
 * at the same time (a joint entry: `coAuthors`), with the wording before and after. Keyed by
 * (document, clause, `at`); written again, same key, while the session of typing goes on.
 */
export interface ClauseHistoryRow {
  readonly docName: string;
  readonly clauseId: string;
  readonly at: number;
  readonly until: number;
  /** The participant the gate bound the edit to, the one who ran the command, or null (the server). */
  readonly participantId: string | null;
  /** The others who typed in a joint entry, in the order they joined it; empty for one author's. */
  readonly coAuthors: readonly string[];
  readonly textBefore: string;
  readonly textAfter: string;
  /** 'baseline': the wording when the history began; 'removed': the clause was taken out. */
  readonly kind: 'edit' | 'baseline' | 'removed';
}

/**
 * Where documents live: each one's compacted state and the log of updates since, the owner of each
 * Yjs client id, and a session's saved revisions (named states of its plenary). The sync layer's part
 * of storage; another engine (e.g. PostgreSQL) passes `DocumentStore.contract.ts` before it is used.
 * Asynchronous, so an engine on the network (PostgreSQL) fits behind it: every method answers a
 * promise, and a method that fails rejects it. The registry loads a room (awaiting its document)
 * before the room answers any message.
 */
export interface DocumentStore {
  loadDocument(docName: string): Promise<StoredDocument>;
  /** Appends one update durably and returns its sequence number. Throws when storage fails. */
  appendUpdate(docName: string, update: Uint8Array): Promise<number>;
  /**
   * Appends several updates in one transaction (all or none); their sequence numbers, in order.
   * Clause history rows of the same turn ride the same transaction (inserted, or replaced by key), and
   * so do the turn's client-id bindings (as `bindClient`: the first binding of an id stays), so an
   * update is never stored without the binding of the client id it introduced.
   */
  appendUpdates(
    entries: readonly { readonly docName: string; readonly update: Uint8Array }[],
    history?: readonly ClauseHistoryRow[],
    bindings?: readonly ClientBinding[],
  ): Promise<number[]>;
  /** Replaces the log up to `upToSeq` (inclusive) by `state`, atomically. */
  compact(docName: string, state: Uint8Array, upToSeq: number): Promise<void>;
  /** Rows in the update log of one document (for compaction decisions and tests). */
  countUpdates(docName: string): Promise<number>;

  /** Which participant (or 'server') owns each Yjs client id of a document. */
  loadClientBindings(docName: string): Promise<Map<number, string>>;
  /** Binds a client id to its owner; the first binding of an id stays. */
  bindClient(docName: string, client: number, owner: string): Promise<void>;

  /** The newest history entry of a clause, or null when its history has not begun. */
  lastClauseHistory(docName: string, clauseId: string): Promise<ClauseHistoryRow | null>;
  /** The newest history entry of every clause of a document (what a room's recorder starts from). */
  newestClauseHistory(docName: string): Promise<ClauseHistoryRow[]>;
  /** A clause's history entries that began before `before` (epoch ms), newest first. */
  listClauseHistory(docName: string, clauseId: string, before: number, limit: number): Promise<ClauseHistoryRow[]>;
  /** The newest entry of a clause that began at or before `time`, or null. */
  clauseHistoryAt(docName: string, clauseId: string, time: number): Promise<ClauseHistoryRow | null>;
  /** Every entry of a document that ended after `since`, oldest first (what changed since then). */
  clauseHistorySince(docName: string, since: number): Promise<ClauseHistoryRow[]>;

  saveVersion(version: VersionRecord, state: Uint8Array): Promise<void>;
  listVersions(sessionId: SessionId): Promise<VersionRecord[]>;
  loadVersion(sessionId: SessionId, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null>;
}
