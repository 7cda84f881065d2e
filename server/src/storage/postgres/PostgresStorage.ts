import type { ParticipantId, PartyId, Role, SessionId } from '@parley/shared';
import pg from 'pg';
import { decodeCoAuthors, encodeCoAuthors } from '../coAuthorsColumn.ts';
import type { DocumentFence, Lease, SharedStorage } from '../Leases.ts';
import { LeaseLostError } from '../Leases.ts';
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
} from '../Storage.ts';
import { PostgresLeases } from './PostgresLeases.ts';
import { applySchema } from './schema.ts';

export interface PostgresStorageOptions {
  /**
   * Client-side limit on every query, in ms. A stalled database (paused, or a network that drops
   * packets silently) never answers, and no server-side timeout fires; this fails the query instead,
   * and the caller holds the edits unrelayed as it does when SQLite fails. The pool drops the
   * connection that timed out.
   */
  readonly queryTimeoutMs?: number;
  /** Connections in the pool. */
  readonly maxConnections?: number;
  /** An idle pooled connection failed (the database restarted, say); the pool replaces it. */
  readonly onConnectionError?: (error: Error) => void;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;
const IDLE_IN_TRANSACTION_MS = 2_000;

const INT8_OID = 20;

/**
 * Every bigint in this schema is an epoch-ms time, a sequence number or a Yjs client id (a uint32), all
 * below 2^53, so they are read as numbers, as SQLite answers them; one that is not fails loudly.
 */
const parseInt8 = (text: string): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`bigint ${text} is beyond a safe integer`);
  return value;
};
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary' ? parseInt8 : pg.types.getTypeParser(oid, format ?? 'text'),
};

const HISTORY_COLUMNS = `doc AS "docName", clause_id AS "clauseId", at, until, participant_id AS "participantId",
                         co_authors AS "coAuthors", kind, text_before AS "textBefore", text_after AS "textAfter"`;
const INVITE_COLUMNS = `id, session_id AS "sessionId", role, party_id AS "partyId", created_at AS "createdAt",
                        revoked_at AS "revokedAt"`;
const PARTICIPANT_COLUMNS = `id, session_id AS "sessionId", invite_id AS "inviteId", role, party_id AS "partyId", name,
                             joined_at AS "joinedAt", removed_at AS "removedAt"`;
const AUDIT_COLUMNS = `id, session_id AS "sessionId", at, participant_id AS "participantId", role, action, detail, outcome`;
const VERSION_COLUMNS = `id, session_id AS "sessionId", label, created_at AS "createdAt", created_by AS "createdBy"`;

// Text is ordered bytewise (COLLATE "C"), as by SQLite's default collation, whatever the database's locale.
const SQL = {
  insertSession: 'INSERT INTO sessions (id, title, created_at, parties) VALUES ($1, $2, $3, $4)',
  selectSession: 'SELECT id, title, created_at AS "createdAt", parties FROM sessions WHERE id = $1',
  insertInvite: `INSERT INTO invites (id, session_id, role, party_id, created_at, revoked_at)
                 VALUES ($1, $2, $3, $4, $5, $6)`,
  selectInvite: `SELECT ${INVITE_COLUMNS} FROM invites WHERE id = $1`,
  selectInvites: `SELECT ${INVITE_COLUMNS} FROM invites WHERE session_id = $1 ORDER BY created_at, id COLLATE "C"`,
  revokeInvite: 'UPDATE invites SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL',
  insertParticipant: `INSERT INTO participants (id, session_id, invite_id, role, party_id, name, joined_at, removed_at)
                      VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  selectParticipant: `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE id = $1`,
  selectParticipants: `SELECT ${PARTICIPANT_COLUMNS} FROM participants WHERE session_id = $1
                       ORDER BY joined_at, id COLLATE "C"`,
  removeParticipant: 'UPDATE participants SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL',
  selectBindings: 'SELECT client, owner FROM client_bindings WHERE doc = $1',
  insertBinding: 'INSERT INTO client_bindings (doc, client, owner) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
  // One statement, one snapshot: the compacted state (kind 0) and the updates after it, in order.
  selectDocument: `SELECT 0 AS kind, compacted_seq AS seq, state AS data FROM document_states WHERE doc = $1
                   UNION ALL
                   SELECT 1 AS kind, seq, data FROM document_updates WHERE doc = $1
                   ORDER BY kind, seq`,
  /**
   * A turn (client bindings, updates, clause history rows) as one statement, in one transaction.
   * Every part of a WITH runs to completion whether read or not.
   * Updates are inserted in the order the ordered SELECT yields them, each taking the next identity
   * value. History rows were folded (one per key) first: one upsert may touch a row only once.
   */
  appendTurn: `WITH bindings AS (
                 INSERT INTO client_bindings (doc, client, owner)
                 SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING
               ), history AS (
                 INSERT INTO clause_history (doc, clause_id, at, until, participant_id, kind, text_before, text_after,
                                             co_authors)
                 SELECT * FROM unnest($7::text[], $8::text[], $9::bigint[], $10::bigint[], $11::text[], $12::text[],
                                      $13::text[], $14::text[], $15::text[])
                 ON CONFLICT (doc, clause_id, at) DO UPDATE SET until = excluded.until,
                 participant_id = excluded.participant_id, co_authors = excluded.co_authors, kind = excluded.kind,
                 text_after = excluded.text_after
               )
               INSERT INTO document_updates (doc, data, epoch)
               SELECT doc, data, epoch FROM unnest($4::text[], $5::bytea[], $6::bigint[])
                 WITH ORDINALITY AS batch(doc, data, epoch, n)
               ORDER BY n RETURNING seq`,
  upsertState: `INSERT INTO document_states (doc, state, compacted_seq, compacted_at) VALUES ($1, $2, $3, $4)
                ON CONFLICT (doc) DO UPDATE SET state = excluded.state, compacted_seq = excluded.compacted_seq,
                compacted_at = excluded.compacted_at`,
  deleteUpdatesUpTo: 'DELETE FROM document_updates WHERE doc = $1 AND seq <= $2',
  countUpdates: 'SELECT count(*) AS n FROM document_updates WHERE doc = $1',
  selectLastHistory: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = $1 AND clause_id = $2
                      ORDER BY at DESC LIMIT 1`,
  selectNewestHistory: `SELECT DISTINCT ON (clause_id COLLATE "C") ${HISTORY_COLUMNS} FROM clause_history
                        WHERE doc = $1 ORDER BY clause_id COLLATE "C", at DESC`,
  selectHistory: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = $1 AND clause_id = $2 AND at < $3
                  ORDER BY at DESC LIMIT $4`,
  selectHistoryAt: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = $1 AND clause_id = $2 AND at <= $3
                    ORDER BY at DESC LIMIT 1`,
  selectHistorySince: `SELECT ${HISTORY_COLUMNS} FROM clause_history WHERE doc = $1 AND until > $2
                       ORDER BY at, clause_id COLLATE "C"`,
  selectVisit: 'SELECT last_visit AS "lastVisit" FROM participant_visits WHERE participant_id = $1',
  upsertVisit: `INSERT INTO participant_visits (participant_id, last_visit) VALUES ($1, $2)
                ON CONFLICT (participant_id) DO UPDATE
                SET last_visit = greatest(participant_visits.last_visit, excluded.last_visit)`,
  insertAudit: `INSERT INTO audit_log (session_id, at, participant_id, role, action, detail, outcome)
                VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
  selectAudit: `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE session_id = $1 AND id < $2 ORDER BY id DESC LIMIT $3`,
  selectAuditAfter: `SELECT ${AUDIT_COLUMNS} FROM audit_log WHERE session_id = $1 AND id > $2 ORDER BY id LIMIT $3`,
  selectNoticeCursor: 'SELECT read_up_to AS "readUpTo" FROM notice_reads WHERE participant_id = $1',
  upsertNoticeCursor: `INSERT INTO notice_reads (participant_id, read_up_to) VALUES ($1, $2)
                       ON CONFLICT (participant_id) DO UPDATE
                       SET read_up_to = greatest(notice_reads.read_up_to, excluded.read_up_to)
                       RETURNING read_up_to AS "readUpTo"`,
  insertVersion: `INSERT INTO versions (id, session_id, label, created_at, created_by, state)
                  VALUES ($1, $2, $3, $4, $5, $6)`,
  selectVersions: `SELECT ${VERSION_COLUMNS} FROM versions WHERE session_id = $1 ORDER BY created_at, ordinal`,
  selectVersion: `SELECT ${VERSION_COLUMNS}, state FROM versions WHERE session_id = $1 AND id = $2`,
  /**
   * The fence: read in the writing transaction and share-locked, so a take-over (an UPDATE of the
   * row) waits for this append to commit, or this append sees the take-over's new epoch and stops.
   */
  // In doc_name order, as renewals lock them (PostgresLeases): two transactions locking several lease
  // rows in different orders could deadlock (seen under load: appends against renewals).
  lockLeases: `SELECT doc_name AS key, owner, epoch FROM document_leases WHERE doc_name = ANY($1::text[])
               ORDER BY doc_name FOR SHARE`,
} as const;

interface InviteRow {
  id: string;
  sessionId: string;
  role: string;
  partyId: string | null;
  createdAt: number;
  revokedAt: number | null;
}
interface ParticipantRow {
  id: string;
  sessionId: string;
  inviteId: string;
  role: string;
  partyId: string | null;
  name: string;
  joinedAt: number;
  removedAt: number | null;
}
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
/** A clause history row as stored: its co-authors in one text column (`coAuthorsColumn.ts`). */
interface HistoryRow extends Omit<ClauseHistoryRow, 'coAuthors' | 'kind'> {
  coAuthors: string | null;
  kind: string;
}

// Rows come from our own schema, whose text columns only ever hold what these types say.
const asInvite = (row: InviteRow): InviteRecord => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  role: row.role as Role,
  partyId: row.partyId as PartyId | null,
});
const asParticipant = (row: ParticipantRow): ParticipantRecord => ({
  ...row,
  id: row.id as ParticipantId,
  sessionId: row.sessionId as SessionId,
  role: row.role as Role,
  partyId: row.partyId as PartyId | null,
});
const asAuditEntry = (row: AuditRow): AuditEntry => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  participantId: row.participantId as ParticipantId | null,
  role: row.role as AuditEntry['role'],
  // Written by appendAudit from a plain object.
  detail: JSON.parse(row.detail) as AuditEntry['detail'],
  outcome: row.outcome as AuditEntry['outcome'],
});
const asVersion = (row: VersionRow): VersionRecord => ({
  ...row,
  sessionId: row.sessionId as SessionId,
  createdBy: row.createdBy as ParticipantId,
});
const asHistory = (row: HistoryRow): ClauseHistoryRow => ({
  ...row,
  coAuthors: decodeCoAuthors(row.coAuthors),
  kind: row.kind as ClauseHistoryRow['kind'],
});

/** pg hands bytea back as a Buffer; the stores answer plain Uint8Arrays, as SqliteStorage does. */
const bytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer);

/**
 * Several rows of one turn may have the same key (a session of typing that grew twice): one upsert
 * statement may touch a row only once, so they are folded first, as one upsert after another would
 * leave them (the first `textBefore` stays, the rest is the last row's).
 */
function foldHistory(rows: readonly ClauseHistoryRow[]): ClauseHistoryRow[] {
  const byKey = new Map<string, ClauseHistoryRow>();
  for (const row of rows) {
    const key = JSON.stringify([row.docName, row.clauseId, row.at]);
    const earlier = byKey.get(key);
    byKey.set(key, earlier ? { ...row, textBefore: earlier.textBefore } : row);
  }
  return [...byKey.values()];
}

/**
 * Both stores on PostgreSQL (issue 16), through a `pg` pool; every method is one parameterised
 * statement, or one transaction on one pooled connection where several writes must hold together (a
 * turn's appends, a compaction, a new session with its invites). Ids, sequence numbers and orderings are SQLite's: identity
 * columns for sequence numbers and audit ids, byte order for text. Open it with `openPostgresStorage`,
 * which applies the schema steps first.
 */
export class PostgresStorage implements Storage, SharedStorage {
  readonly leases: PostgresLeases;
  /** Null until a server fences its writes (tests of the storage alone write unfenced, epoch 0). */
  private fence: DocumentFence | null = null;
  private readonly onConnectionError: (error: Error) => void;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly pool: pg.Pool,
    options: PostgresStorageOptions = {},
  ) {
    this.leases = new PostgresLeases(pool);
    this.onConnectionError = (error) => options.onConnectionError?.(error);
  }

  fenceWith(fence: DocumentFence): void {
    this.fence = fence;
  }

  /**
   * The leases the documents are written under; throws at once for a document whose lease this
   * server does not hold. Null when writes are not fenced.
   */
  private leasesFor(docNames: Iterable<string>): Map<string, Lease> | null {
    if (this.fence === null) return null;
    const leases = new Map<string, Lease>();
    const missing = new Set<string>();
    for (const docName of docNames) {
      const lease = this.fence.leaseOf(docName);
      if (lease === null) missing.add(docName);
      else leases.set(docName, lease);
    }
    if (missing.size > 0) throw new LeaseLostError([...missing]);
    return leases;
  }

  /** Inside a writing transaction: stops it unless every lease is still held as this server took it. */
  private async checkFence(client: pg.PoolClient, byDoc: ReadonlyMap<string, Lease>): Promise<void> {
    const wanted = new Map([...byDoc.values()].map((lease) => [lease.key, lease]));
    if (wanted.size === 0) return;
    const current = await client.query<Lease>(SQL.lockLeases, [[...wanted.keys()]]);
    const holding = new Map(current.rows.map((row) => [row.key, row]));
    const lost = [...wanted.values()].filter((lease) => {
      const now = holding.get(lease.key);
      return now === undefined || now.owner !== lease.owner || now.epoch !== lease.epoch;
    });
    if (lost.length > 0) {
      const lostKeys = new Set(lost.map((lease) => lease.key));
      throw new LeaseLostError([...byDoc].filter(([, lease]) => lostKeys.has(lease.key)).map(([doc]) => doc));
    }
  }

  private async rows<Row extends pg.QueryResultRow>(sql: string, values: readonly unknown[]): Promise<Row[]> {
    return (await this.pool.query<Row>(sql, [...values])).rows;
  }

  private async first<Row extends pg.QueryResultRow>(sql: string, values: readonly unknown[]): Promise<Row | null> {
    return (await this.rows<Row>(sql, values))[0] ?? null;
  }

  /**
   * Runs `work` in one transaction on one connection. When it fails the connection is closed instead
   * of rolled back, and PostgreSQL rolls back what it began: a ROLLBACK on a stalled connection
   * would wait out a second query timeout before the caller heard of the first.
   */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection that dies while checked out (the database killed mid-transaction) emits 'error' on
    // its client, where the pool's own listener is not: without this one the process would crash.
    const onError = this.onConnectionError;
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      client.off('error', onError);
      client.release();
      return result;
    } catch (error) {
      client.off('error', onError);
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }

  async createSession(session: SessionRecord, invites: readonly InviteRecord[]): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(SQL.insertSession, [
        session.id,
        session.title,
        session.createdAt,
        JSON.stringify(session.parties),
      ]);
      for (const invite of invites) await client.query(SQL.insertInvite, inviteValues(invite));
    });
  }

  async getSession(id: SessionId): Promise<SessionRecord | null> {
    const row = await this.first<{ id: string; title: string; createdAt: number; parties: SessionRecord['parties'] }>(
      SQL.selectSession,
      [id],
    );
    // `parties` is jsonb, parsed by pg; written by createSession from validated input only.
    return row ? { ...row, id: row.id as SessionId } : null;
  }

  async getInvite(id: string): Promise<InviteRecord | null> {
    const row = await this.first<InviteRow>(SQL.selectInvite, [id]);
    return row ? asInvite(row) : null;
  }

  async listInvites(sessionId: SessionId): Promise<InviteRecord[]> {
    return (await this.rows<InviteRow>(SQL.selectInvites, [sessionId])).map(asInvite);
  }

  async addInvite(invite: InviteRecord): Promise<void> {
    await this.pool.query(SQL.insertInvite, inviteValues(invite));
  }

  async revokeInvite(id: string, at: number): Promise<void> {
    await this.pool.query(SQL.revokeInvite, [at, id]);
  }

  async addParticipant(participant: ParticipantRecord): Promise<void> {
    const p = participant;
    await this.pool.query(SQL.insertParticipant, [
      p.id,
      p.sessionId,
      p.inviteId,
      p.role,
      p.partyId,
      p.name,
      p.joinedAt,
      p.removedAt,
    ]);
  }

  async getParticipant(id: ParticipantId): Promise<ParticipantRecord | null> {
    const row = await this.first<ParticipantRow>(SQL.selectParticipant, [id]);
    return row ? asParticipant(row) : null;
  }

  async listParticipants(sessionId: SessionId): Promise<ParticipantRecord[]> {
    return (await this.rows<ParticipantRow>(SQL.selectParticipants, [sessionId])).map(asParticipant);
  }

  async removeParticipant(id: ParticipantId, at: number): Promise<void> {
    await this.pool.query(SQL.removeParticipant, [at, id]);
  }

  async loadClientBindings(docName: string): Promise<Map<number, string>> {
    const rows = await this.rows<{ client: number; owner: string }>(SQL.selectBindings, [docName]);
    return new Map(rows.map((row) => [row.client, row.owner]));
  }

  async bindClient(docName: string, client: number, owner: string): Promise<void> {
    await this.pool.query(SQL.insertBinding, [docName, client, owner]);
  }

  async loadDocument(docName: string): Promise<StoredDocument> {
    const rows = await this.rows<{ kind: number; seq: number; data: Buffer }>(SQL.selectDocument, [docName]);
    const stateRow = rows[0]?.kind === 0 ? rows[0] : null;
    const updates = stateRow ? rows.slice(1) : rows;
    const lastRow = updates[updates.length - 1];
    return {
      state: stateRow ? bytes(stateRow.data) : null,
      updates: updates.map((row) => bytes(row.data)),
      lastSeq: lastRow ? lastRow.seq : (stateRow?.seq ?? 0),
    };
  }

  async appendUpdate(docName: string, update: Uint8Array): Promise<number> {
    const [seq] = await this.appendUpdates([{ docName, update }]);
    if (seq === undefined) throw new Error(`appending to ${docName} answered no sequence number`);
    return seq;
  }

  async appendUpdates(
    entries: readonly { readonly docName: string; readonly update: Uint8Array }[],
    history: readonly ClauseHistoryRow[] = [],
    bindings: readonly ClientBinding[] = [],
  ): Promise<number[]> {
    if (entries.length === 0 && history.length === 0 && bindings.length === 0) return [];
    const rows = foldHistory(history);
    const fenced = this.leasesFor([
      ...entries.map((e) => e.docName),
      ...rows.map((r) => r.docName),
      ...bindings.map((b) => b.docName),
    ]);
    // In a transaction although it is one statement: a stalled database can then have taken the turn
    // only if it stalled while COMMIT itself was in flight (an autocommitted statement that timed out
    // could still be applied when the database resumes, after the caller was told it failed).
    const inserted = await this.transaction(async (client) => {
      if (fenced) await this.checkFence(client, fenced);
      const result = await client.query<{ seq: number }>(SQL.appendTurn, [
        bindings.map((b) => b.docName),
        bindings.map((b) => b.client),
        bindings.map((b) => b.owner),
        entries.map((e) => e.docName),
        entries.map((e) => Buffer.from(e.update.buffer, e.update.byteOffset, e.update.byteLength)),
        entries.map((e) => fenced?.get(e.docName)?.epoch ?? 0),
        rows.map((r) => r.docName),
        rows.map((r) => r.clauseId),
        rows.map((r) => r.at),
        rows.map((r) => r.until),
        rows.map((r) => r.participantId),
        rows.map((r) => r.kind),
        rows.map((r) => r.textBefore),
        rows.map((r) => r.textAfter),
        rows.map((r) => encodeCoAuthors(r.coAuthors)),
      ]);
      return result.rows;
    });
    // Identity values were taken in the batch's order; RETURNING itself promises no order.
    return inserted.map((row) => row.seq).sort((a, b) => a - b);
  }

  async compact(docName: string, state: Uint8Array, upToSeq: number): Promise<void> {
    // A former owner's compaction would store what it holds in memory, which nobody saw relayed.
    const fenced = this.leasesFor([docName]);
    await this.transaction(async (client) => {
      if (fenced) await this.checkFence(client, fenced);
      await client.query(SQL.upsertState, [docName, state, upToSeq, Date.now()]);
      await client.query(SQL.deleteUpdatesUpTo, [docName, upToSeq]);
    });
  }

  async countUpdates(docName: string): Promise<number> {
    return (await this.first<{ n: number }>(SQL.countUpdates, [docName]))?.n ?? 0;
  }

  async lastClauseHistory(docName: string, clauseId: string): Promise<ClauseHistoryRow | null> {
    const row = await this.first<HistoryRow>(SQL.selectLastHistory, [docName, clauseId]);
    return row ? asHistory(row) : null;
  }

  async newestClauseHistory(docName: string): Promise<ClauseHistoryRow[]> {
    return (await this.rows<HistoryRow>(SQL.selectNewestHistory, [docName])).map(asHistory);
  }

  async listClauseHistory(
    docName: string,
    clauseId: string,
    before: number,
    limit: number,
  ): Promise<ClauseHistoryRow[]> {
    return (await this.rows<HistoryRow>(SQL.selectHistory, [docName, clauseId, before, limit])).map(asHistory);
  }

  async clauseHistoryAt(docName: string, clauseId: string, time: number): Promise<ClauseHistoryRow | null> {
    const row = await this.first<HistoryRow>(SQL.selectHistoryAt, [docName, clauseId, time]);
    return row ? asHistory(row) : null;
  }

  async clauseHistorySince(docName: string, since: number): Promise<ClauseHistoryRow[]> {
    return (await this.rows<HistoryRow>(SQL.selectHistorySince, [docName, since])).map(asHistory);
  }

  async lastVisit(participantId: ParticipantId): Promise<number | null> {
    return (await this.first<{ lastVisit: number }>(SQL.selectVisit, [participantId]))?.lastVisit ?? null;
  }

  async recordVisit(participantId: ParticipantId, at: number): Promise<void> {
    await this.pool.query(SQL.upsertVisit, [participantId, at]);
  }

  async appendAudit(entry: NewAuditEntry): Promise<number> {
    const row = await this.first<{ id: number }>(SQL.insertAudit, [
      entry.sessionId,
      entry.at,
      entry.participantId,
      entry.role,
      entry.action,
      JSON.stringify(entry.detail),
      entry.outcome,
    ]);
    if (!row) throw new Error('appending to the audit log answered no id');
    return row.id;
  }

  async listAudit(sessionId: SessionId, limit: number, before = Number.MAX_SAFE_INTEGER): Promise<AuditEntry[]> {
    return (await this.rows<AuditRow>(SQL.selectAudit, [sessionId, before, limit])).map(asAuditEntry);
  }

  async listAuditAfter(sessionId: SessionId, after: number, limit: number): Promise<AuditEntry[]> {
    return (await this.rows<AuditRow>(SQL.selectAuditAfter, [sessionId, after, limit])).map(asAuditEntry);
  }

  async noticesReadUpTo(participantId: ParticipantId): Promise<number> {
    return (await this.first<{ readUpTo: number }>(SQL.selectNoticeCursor, [participantId]))?.readUpTo ?? 0;
  }

  async markNoticesRead(participantId: ParticipantId, upTo: number): Promise<number> {
    return (await this.first<{ readUpTo: number }>(SQL.upsertNoticeCursor, [participantId, upTo]))?.readUpTo ?? 0;
  }

  async saveVersion(version: VersionRecord, state: Uint8Array): Promise<void> {
    const v = version;
    await this.pool.query(SQL.insertVersion, [v.id, v.sessionId, v.label, v.createdAt, v.createdBy, state]);
  }

  async listVersions(sessionId: SessionId): Promise<VersionRecord[]> {
    return (await this.rows<VersionRow>(SQL.selectVersions, [sessionId])).map(asVersion);
  }

  async loadVersion(sessionId: SessionId, id: string): Promise<{ version: VersionRecord; state: Uint8Array } | null> {
    const row = await this.first<VersionRow & { state: Buffer }>(SQL.selectVersion, [sessionId, id]);
    if (!row) return null;
    const { state, ...version } = row;
    return { version: asVersion(version), state: bytes(state) };
  }

  /** Ends the pool once: queries in flight finish, then every connection closes. */
  close(): Promise<void> {
    this.closing ??= this.pool.end();
    return this.closing;
  }
}

function inviteValues(invite: InviteRecord): unknown[] {
  return [invite.id, invite.sessionId, invite.role, invite.partyId, invite.createdAt, invite.revokedAt];
}

/**
 * Connects to `url`, brings the schema up to date (waiting for another server doing the same), and
 * answers the storage. Fails, leaving nothing open, when the database is unreachable or newer.
 */
export async function openPostgresStorage(url: string, options: PostgresStorageOptions = {}): Promise<PostgresStorage> {
  const timeout = options.queryTimeoutMs ?? DEFAULT_QUERY_TIMEOUT_MS;
  const pool = new pg.Pool({
    connectionString: url,
    // Names Parley's connections in pg_stat_activity.
    application_name: 'parley',
    max: options.maxConnections ?? 10,
    query_timeout: timeout,
    connectionTimeoutMillis: timeout,
    // A server paused (SIGSTOP) inside a turn's transaction would hold its lease row share-locked for
    // as long as its socket lives, and no other server could take the session over. PostgreSQL ends
    // such a transaction (and its locks) after this long; a live server's turn idles for microseconds.
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    types: typeParsers,
  });
  // Without a listener an idle connection's failure (the database restarting) would crash the process.
  pool.on('error', (error) => options.onConnectionError?.(error));
  try {
    const client = await pool.connect();
    const onError = (error: Error) => options.onConnectionError?.(error);
    client.on('error', onError);
    try {
      await applySchema(client);
      client.off('error', onError);
      client.release();
    } catch (error) {
      client.off('error', onError);
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return new PostgresStorage(pool, options);
}
