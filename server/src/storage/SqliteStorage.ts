import fs from 'node:fs';
import path from 'node:path';
import type { ParticipantId, PartyId, Role, SessionId } from '@parley/shared';
import Database from 'better-sqlite3';
import { decodeCoAuthors, encodeCoAuthors } from './coAuthorsColumn.ts';
import type {
  AuditEntry,
  ClauseHistoryRow,
  ClientBinding,
  InviteRecord,
  NewAuditEntry,
  ParticipantRecord,
  SessionRecord,
  Storage,
  StoredDocument,
  VersionRecord,
} from './Storage.ts';

/**
 * Schema steps, applied in order; `PRAGMA user_version` records how many have run. Never edit a
 * released step: add the next one.
 */
export const SCHEMA_STEPS: readonly string[] = [
  `CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     title TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     parties TEXT NOT NULL
   );
   CREATE TABLE invites (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL REFERENCES sessions(id),
     role TEXT NOT NULL,
     party_id TEXT,
     created_at INTEGER NOT NULL,
     revoked_at INTEGER
   );
   CREATE INDEX invites_by_session ON invites(session_id);
   CREATE TABLE participants (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL REFERENCES sessions(id),
     invite_id TEXT NOT NULL,
     role TEXT NOT NULL,
     party_id TEXT,
     name TEXT NOT NULL,
     joined_at INTEGER NOT NULL,
     removed_at INTEGER
   );
   CREATE INDEX participants_by_session ON participants(session_id);
   CREATE TABLE document_states (
     doc TEXT PRIMARY KEY,
     state BLOB NOT NULL,
     compacted_seq INTEGER NOT NULL,
     compacted_at INTEGER NOT NULL
   );
   CREATE TABLE document_updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     doc TEXT NOT NULL,
     data BLOB NOT NULL
   );
   CREATE INDEX document_updates_by_doc ON document_updates(doc, seq);
   CREATE TABLE client_bindings (
     doc TEXT NOT NULL,
     client INTEGER NOT NULL,
     owner TEXT NOT NULL,
     PRIMARY KEY (doc, client)
   ) WITHOUT ROWID;`,
  `CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     session_id TEXT NOT NULL REFERENCES sessions(id),
     at INTEGER NOT NULL,
     participant_id TEXT,
     role TEXT NOT NULL,
     action TEXT NOT NULL,
     detail TEXT NOT NULL,
     outcome TEXT NOT NULL
   );
   CREATE INDEX audit_log_by_session ON audit_log(session_id, id);
   CREATE TABLE versions (
     id TEXT PRIMARY KEY,
     session_id TEXT NOT NULL REFERENCES sessions(id),
     label TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     created_by TEXT NOT NULL,
     state BLOB NOT NULL
   );
   CREATE INDEX versions_by_session ON versions(session_id, created_at);`,
  // Notices are derived from the record; each participant's read cursor is the only state they need.
  `CREATE TABLE notice_reads (
     participant_id TEXT PRIMARY KEY REFERENCES participants(id),
     read_up_to INTEGER NOT NULL
   );`,
  // Clause history, derived as updates are admitted (the update log is compacted away), clustered by
  // clause so one clause's history is one range read; and each participant's last visit.
  `CREATE TABLE clause_history (
     doc TEXT NOT NULL,
     clause_id TEXT NOT NULL,
     at INTEGER NOT NULL,
     until INTEGER NOT NULL,
     participant_id TEXT,
     kind TEXT NOT NULL,
     text_before TEXT NOT NULL,
     text_after TEXT NOT NULL,
     PRIMARY KEY (doc, clause_id, at)
   ) WITHOUT ROWID;
   CREATE INDEX clause_history_by_end ON clause_history(doc, until);
   CREATE TABLE participant_visits (
     participant_id TEXT PRIMARY KEY REFERENCES participants(id),
     last_visit INTEGER NOT NULL
   );`,
  // The co-authors of a joint history entry (people typing in one clause at once), a JSON array of
  // participant ids; NULL for one author's entry, as every row written before this step is.
  'ALTER TABLE clause_history ADD COLUMN co_authors TEXT;',
];

const HISTORY_COLUMNS = `doc AS docName, clause_id AS clauseId, at, until, participant_id AS participantId,
                         co_authors AS coAuthors, kind, text_before AS textBefore, text_after AS textAfter`;

const SQL = {
  insertSession: 'INSERT INTO sessions (id, title, created_at, parties) VALUES (@id, @title, @createdAt, @parties)',
  selectSession: 'SELECT id, title, created_at AS createdAt, parties FROM sessions WHERE id = ?',
  revokeInvite: 'UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  selectParticipants: `SELECT id, session_id AS sessionId, invite_id AS inviteId, role, party_id AS partyId, name,
                              joined_at AS joinedAt, removed_at AS removedAt FROM participants
                       WHERE session_id = ? ORDER BY joined_at, id`,
  removeParticipant: 'UPDATE participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL',
  selectBindings: 'SELECT client, owner FROM client_bindings WHERE doc = ?',
  insertBinding: 'INSERT OR IGNORE INTO client_bindings (doc, client, owner) VALUES (?, ?, ?)',
  insertInvite: `INSERT INTO invites (id, session_id, role, party_id, created_at, revoked_at)
                 VALUES (@id, @sessionId, @role, @partyId, @createdAt, @revokedAt)`,
  selectInvite: `SELECT id, session_id AS sessionId, role, party_id AS partyId, created_at AS createdAt,
                        revoked_at AS revokedAt FROM invites WHERE id = ?`,
  selectInvites: `SELECT id, session_id AS sessionId, role, party_id AS partyId, created_at AS createdAt,
                         revoked_at AS revokedAt FROM invites WHERE session_id = ? ORDER BY created_at, id`,
  insertParticipant: `INSERT INTO participants (id, session_id, invite_id, role, party_id, name, joined_at, removed_at)
                      VALUES (@id, @sessionId, @inviteId, @role, @partyId, @name, @joinedAt, @removedAt)`,
  selectParticipant: `SELECT id, session_id AS sessionId, invite_id AS inviteId, role, party_id AS partyId, name,
                             joined_at AS joinedAt, removed_at AS removedAt FROM participants WHERE id = ?`,
  selectState: 'SELECT state, compacted_seq AS compactedSeq FROM document_states WHERE doc = ?',
  selectUpdates: 'SELECT seq, data FROM document_updates WHERE doc = ? ORDER BY seq',
  insertUpdate: 'INSERT INTO document_updates (doc, data) VALUES (?, ?)',
  upsertState: `INSERT INTO document_states (doc, state, compacted_seq, compacted_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(doc) DO UPDATE SET state = excluded.state, compacted_seq = excluded.compacted_seq,
                compacted_at = excluded.compacted_at`,
  deleteUpdatesUpTo: 'DELETE FROM document_updates WHERE doc = ? AND seq <= ?',
  countUpdates: 'SELECT COUNT(*) AS n FROM document_updates WHERE doc = ?',
  insertAudit: `INSERT INTO audit_log (session_id, at, participant_id, role, action, detail, outcome)
                VALUES (@sessionId, @at, @participantId, @role, @action, @detail, @outcome)`,
  selectAudit: `SELECT id, session_id AS sessionId, at, participant_id AS participantId, role, action, detail, outcome
                FROM audit_log WHERE session_id = ? AND id < ? ORDER BY id DESC LIMIT ?`,
  selectAuditAfter: `SELECT id, session_id AS sessionId, at, participant_id AS participantId, role, action, detail, outcome
                     FROM audit_log WHERE session_id = ? AND id > ? ORDER BY id LIMIT ?`,
  selectNoticeCursor: 'SELECT read_up_to AS readUpTo FROM notice_reads WHERE participant_id = ?',
  upsertNoticeCursor: `INSERT INTO notice_reads (participant_id, read_up_to) VALUES (?, ?)
                       ON CONFLICT(participant_id) DO UPDATE SET read_up_to = MAX(read_up_to, excluded.read_up_to)`,
  upsertHistory: `INSERT INTO clause_history (doc, clause_id, at, until, participant_id, co_authors, kind, text_before,
                                              text_after)
                  VALUES (@docName, @clauseId, @at, @until, @participantId, @coAuthors, @kind, @textBefore, @textAfter)
                  ON CONFLICT(doc, clause_id, at) DO UPDATE SET until = excluded.until,
                  participant_id = excluded.participant_id, co_authors = excluded.co_authors, kind = excluded.kind,
                  text_after = excluded.text_after`,
  selectLastHistory: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = ? AND clause_id = ? ORDER BY at DESC LIMIT 1`,
  selectNewestHistory: `SELECT ${HISTORY_COLUMNS} FROM clause_history AS h WHERE doc = ?
                        AND at = (SELECT MAX(at) FROM clause_history WHERE doc = h.doc AND clause_id = h.clause_id)`,
  selectHistory: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = ? AND clause_id = ? AND at < ?
                  ORDER BY at DESC LIMIT ?`,
  selectHistoryAt: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = ? AND clause_id = ? AND at <= ?
                    ORDER BY at DESC LIMIT 1`,
  selectHistorySince: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = ? AND until > ? ORDER BY at`,
  selectVisit: 'SELECT last_visit AS lastVisit FROM participant_visits WHERE participant_id = ?',
  upsertVisit: `INSERT INTO participant_visits (participant_id, last_visit) VALUES (?, ?)
                ON CONFLICT(participant_id) DO UPDATE SET last_visit = MAX(last_visit, excluded.last_visit)`,
  insertVersion: `INSERT INTO versions (id, session_id, label, created_at, created_by, state)
                  VALUES (@id, @sessionId, @label, @createdAt, @createdBy, @state)`,
  selectVersions: `SELECT id, session_id AS sessionId, label, created_at AS createdAt, created_by AS createdBy
                   FROM versions WHERE session_id = ? ORDER BY created_at, rowid`,
  selectVersion: `SELECT id, session_id AS sessionId, label, created_at AS createdAt, created_by AS createdBy, state
                  FROM versions WHERE session_id = ? AND id = ?`,
} as const;

interface AuditRow {
  id: number;
  sessionId: string;
  at: number;
  participantId: string | null;
  role: string;
  action: string;
  detail: string;
  outcome: string;
}
interface VersionRow {
  id: string;
  sessionId: string;
  label: string;
  createdAt: number;
  createdBy: string;
}
interface SessionRow {
  id: string;
  title: string;
  createdAt: number;
  parties: string;
}
interface InviteRow {
  id: string;
  sessionId: string;
  role: string;
  partyId: string | null;
  createdAt: number;
  revokedAt: number | null;
}
/** A clause history row as stored: its co-authors in one text column (`coAuthorsColumn.ts`). */
interface HistoryRow extends Omit<ClauseHistoryRow, 'coAuthors' | 'kind'> {
  coAuthors: string | null;
  kind: string;
}
interface ParticipantRow extends Omit<InviteRow, 'createdAt' | 'revokedAt'> {
  inviteId: string;
  name: string;
  joinedAt: number;
  removedAt: number | null;
}

// Rows come from our own schema, whose CHECK-free text columns only ever hold what these types say.
const asParticipant = (row: ParticipantRow): ParticipantRecord => ({
  ...row,
  id: row.id as ParticipantId,
  sessionId: row.sessionId as SessionId,
  role: row.role as Role,
  partyId: row.partyId as PartyId | null,
});

const asVersion = (row: VersionRow): VersionRecord => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  createdBy: row.createdBy as ParticipantId,
});

const asInvite = (row: InviteRow): InviteRecord => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  role: row.role as Role,
  partyId: row.partyId as PartyId | null,
});

const asHistory = (row: HistoryRow): ClauseHistoryRow => ({
  ...row,
  coAuthors: decodeCoAuthors(row.coAuthors),
  kind: row.kind as ClauseHistoryRow['kind'],
});
const toHistoryColumns = (row: ClauseHistoryRow): HistoryRow => ({ ...row, coAuthors: encodeCoAuthors(row.coAuthors) });

const asAuditEntry = (row: AuditRow): AuditEntry => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  participantId: row.participantId as ParticipantId | null,
  role: row.role as AuditEntry['role'],
  // Written by appendAudit from a plain object.
  detail: JSON.parse(row.detail) as AuditEntry['detail'],
  outcome: row.outcome as AuditEntry['outcome'],
});

export const DATABASE_FILE = 'parley.sqlite';

/**
 * SQLite storage in WAL mode, both stores in one file; every append is committed before the caller
 * relays the update. better-sqlite3 is synchronous: each method does its work when called (an
 * `async` body runs to its end before returning) and answers an already settled promise, so the
 * asynchronous interface costs SQLite no reordering, only a microtask.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database;
  private readonly statements;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, DATABASE_FILE));
    this.db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode survives a process crash (SIGKILL); only a power loss can drop the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.upgradeSchema();
    const db = this.db;
    this.statements = {
      insertSession: db.prepare(SQL.insertSession),
      selectSession: db.prepare<[string], SessionRow>(SQL.selectSession),
      revokeInvite: db.prepare<[number, string]>(SQL.revokeInvite),
      selectParticipants: db.prepare<[string], ParticipantRow>(SQL.selectParticipants),
      removeParticipant: db.prepare<[number, string]>(SQL.removeParticipant),
      selectBindings: db.prepare<[string], { client: number; owner: string }>(SQL.selectBindings),
      insertBinding: db.prepare<[string, number, string]>(SQL.insertBinding),
      insertInvite: db.prepare(SQL.insertInvite),
      selectInvite: db.prepare<[string], InviteRow>(SQL.selectInvite),
      selectInvites: db.prepare<[string], InviteRow>(SQL.selectInvites),
      insertParticipant: db.prepare(SQL.insertParticipant),
      selectParticipant: db.prepare<[string], ParticipantRow>(SQL.selectParticipant),
      selectState: db.prepare<[string], { state: Buffer; compactedSeq: number }>(SQL.selectState),
      selectUpdates: db.prepare<[string], { seq: number; data: Buffer }>(SQL.selectUpdates),
      insertUpdate: db.prepare<[string, Uint8Array]>(SQL.insertUpdate),
      upsertState: db.prepare<[string, Uint8Array, number, number]>(SQL.upsertState),
      deleteUpdatesUpTo: db.prepare<[string, number]>(SQL.deleteUpdatesUpTo),
      countUpdates: db.prepare<[string], { n: number }>(SQL.countUpdates),
      insertAudit: db.prepare(SQL.insertAudit),
      selectAudit: db.prepare<[string, number, number], AuditRow>(SQL.selectAudit),
      selectAuditAfter: db.prepare<[string, number, number], AuditRow>(SQL.selectAuditAfter),
      selectNoticeCursor: db.prepare<[string], { readUpTo: number }>(SQL.selectNoticeCursor),
      upsertNoticeCursor: db.prepare<[string, number]>(SQL.upsertNoticeCursor),
      upsertHistory: db.prepare<[HistoryRow]>(SQL.upsertHistory),
      selectLastHistory: db.prepare<[string, string], HistoryRow>(SQL.selectLastHistory),
      selectNewestHistory: db.prepare<[string], HistoryRow>(SQL.selectNewestHistory),
      selectHistory: db.prepare<[string, string, number, number], HistoryRow>(SQL.selectHistory),
      selectHistoryAt: db.prepare<[string, string, number], HistoryRow>(SQL.selectHistoryAt),
      selectHistorySince: db.prepare<[string, number], HistoryRow>(SQL.selectHistorySince),
      selectVisit: db.prepare<[string], { lastVisit: number }>(SQL.selectVisit),
      upsertVisit: db.prepare<[string, number]>(SQL.upsertVisit),
      insertVersion: db.prepare(SQL.insertVersion),
      selectVersions: db.prepare<[string], VersionRow>(SQL.selectVersions),
      selectVersion: db.prepare<[string, string], VersionRow & { state: Buffer }>(SQL.selectVersion),
    };
  }

  private upgradeSchema(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_STEPS.length) {
      throw new Error(`database schema ${current} is newer than this server's ${SCHEMA_STEPS.length}`);
    }
    for (let step = current; step < SCHEMA_STEPS.length; step++) {
      this.db.transaction(() => {
        this.db.exec(SCHEMA_STEPS[step] ?? '');
        this.db.pragma(`user_version = ${step + 1}`);
      })();
    }
  }

  async createSession(session: SessionRecord, invites: readonly InviteRecord[]): Promise<void> {
    this.db.transaction(() => {
      this.statements.insertSession.run({ ...session, parties: JSON.stringify(session.parties) });
      for (const invite of invites) this.statements.insertInvite.run(invite);
    })();
  }

  async getSession(id: SessionId): Promise<SessionRecord | null> {
    const row = this.statements.selectSession.get(id);
    if (!row) return null;
    // Written by createSession from validated input only.
    const parties = JSON.parse(row.parties) as SessionRecord['parties'];
    return { ...row, id: row.id as SessionId, parties };
  }

  async getInvite(id: string): Promise<InviteRecord | null> {
    const row = this.statements.selectInvite.get(id);
    return row ? asInvite(row) : null;
  }

  async listInvites(sessionId: SessionId): Promise<InviteRecord[]> {
    return this.statements.selectInvites.all(sessionId).map(asInvite);
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    this.statements.insertParticipant.run(participant);
  }

  async getParticipant(id: ParticipantId): Promise<ParticipantRecord | null> {
    const row = this.statements.selectParticipant.get(id);
    return row ? asParticipant(row) : null;
  }

  async listParticipants(sessionId: SessionId): Promise<ParticipantRecord[]> {
    return this.statements.selectParticipants.all(sessionId).map(asParticipant);
  }

  async removeParticipant(id: ParticipantId, at: number): Promise<void> {
    this.statements.removeParticipant.run(at, id);
  }

  async addInvite(invite: InviteRecord): Promise<void> {
    this.statements.insertInvite.run(invite);
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    this.statements.revokeInvite.run(at, id);
  }

  async loadClientBindings(docName: string): Promise<Map<number, string>> {
    return new Map(this.statements.selectBindings.all(docName).map((row) => [row.client, row.owner]));
  }

  async bindClient(docName: string, client: number, owner: string): Promise<void> {
    this.statements.insertBinding.run(docName, client, owner);
  }

  async loadDocument(docName: string): Promise<StoredDocument> {
    return this.db.transaction((): StoredDocument => {
      const state = this.statements.selectState.get(docName);
      const rows = this.statements.selectUpdates.all(docName);
      const lastRow = rows[rows.length - 1];
      return {
        state: state ? new Uint8Array(state.state) : null,
        updates: rows.map((row) => new Uint8Array(row.data)),
        lastSeq: lastRow ? lastRow.seq : (state?.compactedSeq ?? 0),
      };
    })();
  }

  async appendUpdate(docName: string, update: Uint8Array): Promise<number> {
    return Number(this.statements.insertUpdate.run(docName, update).lastInsertRowid);
  }

  async appendUpdates(
    entries: readonly { readonly docName: string; readonly update: Uint8Array }[],
    history: readonly ClauseHistoryRow[] = [],
    bindings: readonly ClientBinding[] = [],
  ): Promise<number[]> {
    return this.db.transaction(() => {
      for (const binding of bindings) this.statements.insertBinding.run(binding.docName, binding.client, binding.owner);
      const seqs = entries.map((entry) =>
        Number(this.statements.insertUpdate.run(entry.docName, entry.update).lastInsertRowid),
      );
      for (const row of history) this.statements.upsertHistory.run(toHistoryColumns(row));
      return seqs;
    })();
  }

  async lastClauseHistory(docName: string, clauseId: string): Promise<ClauseHistoryRow | null> {
    const row = this.statements.selectLastHistory.get(docName, clauseId);
    return row ? asHistory(row) : null;
  }

  async newestClauseHistory(docName: string): Promise<ClauseHistoryRow[]> {
    return this.statements.selectNewestHistory.all(docName).map(asHistory);
  }

  async listClauseHistory(
    docName: string,
    clauseId: string,
    before: number,
    limit: number,
  ): Promise<ClauseHistoryRow[]> {
    return this.statements.selectHistory.all(docName, clauseId, before, limit).map(asHistory);
  }

  async clauseHistoryAt(docName: string, clauseId: string, time: number): Promise<ClauseHistoryRow | null> {
    const row = this.statements.selectHistoryAt.get(docName, clauseId, time);
    return row ? asHistory(row) : null;
  }

  async clauseHistorySince(docName: string, since: number): Promise<ClauseHistoryRow[]> {
    return this.statements.selectHistorySince.all(docName, since).map(asHistory);
  }

  async lastVisit(participantId: ParticipantId): Promise<number | null> {
    return this.statements.selectVisit.get(participantId)?.lastVisit ?? null;
  }

  async recordVisit(participantId: ParticipantId, at: number): Promise<void> {
    this.statements.upsertVisit.run(participantId, at);
  }

  async compact(docName: string, state: Uint8Array, upToSeq: number): Promise<void> {
    this.db.transaction(() => {
      this.statements.upsertState.run(docName, state, upToSeq, Date.now());
      this.statements.deleteUpdatesUpTo.run(docName, upToSeq);
    })();
  }

  async countUpdates(docName: string): Promise<number> {
    return this.statements.countUpdates.get(docName)?.n ?? 0;
  }

  async appendAudit(entry: NewAuditEntry): Promise<number> {
    const row = { ...entry, detail: JSON.stringify(entry.detail) };
    return Number(this.statements.insertAudit.run(row).lastInsertRowid);
  }

  async listAudit(sessionId: SessionId, limit: number, before = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
    return this.statements.selectAudit.all(sessionId, before, limit).map(asAuditEntry);
  }

  async listAuditAfter(sessionId: SessionId, after: number, limit: number): Promise<AuditEntry[]> {
    return this.statements.selectAuditAfter.all(sessionId, after, limit).map(asAuditEntry);
  }

  async noticesReadUpTo(participantId: ParticipantId): Promise<number> {
    return this.statements.selectNoticeCursor.get(participantId)?.readUpTo ?? 0;
  }

  async markNoticesRead(participantId: ParticipantId, upTo: number): Promise<number> {
    this.statements.upsertNoticeCursor.run(participantId, upTo);
    return this.statements.selectNoticeCursor.get(participantId)?.readUpTo ?? 0;
  }

  async saveVersion(version: VersionRecord, state: Uint8Array): Promise<void> {
    this.statements.insertVersion.run({ ...version, state });
  }

  async listVersions(sessionId: SessionId): Promise<VersionRecord[]> {
    return this.statements.selectVersions.all(sessionId).map(asVersion);
  }

  async loadVersion(sessionId: SessionId, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null> {
    const row = this.statements.selectVersion.get(sessionId, id);
    if (!row) return null;
    const { state, ...version } = row;
    return { version: asVersion(version), state: new Uint8Array(state) };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
