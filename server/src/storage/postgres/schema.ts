import type pg from 'pg';

/**
 * PostgreSQL schema steps (issue 16), applied in order; `schema_version` records each one applied.
 * Never edit a step once released: add the next one. The same tables as `SqliteStorage`'s steps, in
 * PostgreSQL's types: times stay epoch milliseconds in `bigint` (what the storage interfaces carry),
 * Yjs updates and states are `bytea`, a session's parties `jsonb`.
 *
 * Sequence numbers come from identity columns. PostgreSQL allocates them at insert and shows them at
 * commit, so two writers of one document could commit out of order; one owner per document (the
 * lease below) is what keeps a document's log in order, as one process does for SQLite.
 */
export const POSTGRES_SCHEMA_STEPS: readonly string[] = [
  // 1. What one server keeps, as SqliteStorage has it after its fourth step.
  `CREATE TABLE sessions (
     id text PRIMARY KEY,
     title text NOT NULL,
     created_at bigint NOT NULL,
     parties jsonb NOT NULL
   );
   CREATE TABLE invites (
     id text PRIMARY KEY,
     session_id text NOT NULL REFERENCES sessions(id),
     role text NOT NULL,
     party_id text,
     created_at bigint NOT NULL,
     revoked_at bigint
   );
   CREATE INDEX invites_by_session ON invites(session_id);
   CREATE TABLE participants (
     id text PRIMARY KEY,
     session_id text NOT NULL REFERENCES sessions(id),
     invite_id text NOT NULL,
     role text NOT NULL,
     party_id text,
     name text NOT NULL,
     joined_at bigint NOT NULL,
     removed_at bigint
   );
   CREATE INDEX participants_by_session ON participants(session_id);
   CREATE TABLE document_states (
     doc text PRIMARY KEY,
     state bytea NOT NULL,
     compacted_seq bigint NOT NULL,
     compacted_at bigint NOT NULL
   );
   CREATE TABLE document_updates (
     seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     doc text NOT NULL,
     data bytea NOT NULL
   );
   CREATE INDEX document_updates_by_doc ON document_updates(doc, seq);
   CREATE TABLE client_bindings (
     doc text NOT NULL,
     client bigint NOT NULL,
     owner text NOT NULL,
     PRIMARY KEY (doc, client)
   );
   CREATE TABLE audit_log (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     session_id text NOT NULL REFERENCES sessions(id),
     at bigint NOT NULL,
     participant_id text,
     role text NOT NULL,
     action text NOT NULL,
     detail text NOT NULL,
     outcome text NOT NULL
   );
   CREATE INDEX audit_log_by_session ON audit_log(session_id, id);
   CREATE TABLE versions (
     id text PRIMARY KEY,
     -- SQLite lists a session's revisions by (created_at, rowid); this is the rowid.
     ordinal bigint GENERATED ALWAYS AS IDENTITY,
     session_id text NOT NULL REFERENCES sessions(id),
     label text NOT NULL,
     created_at bigint NOT NULL,
     created_by text NOT NULL,
     state bytea NOT NULL
   );
   CREATE INDEX versions_by_session ON versions(session_id, created_at, ordinal);
   CREATE TABLE notice_reads (
     participant_id text PRIMARY KEY REFERENCES participants(id),
     read_up_to bigint NOT NULL
   );
   CREATE TABLE clause_history (
     doc text NOT NULL,
     clause_id text NOT NULL,
     at bigint NOT NULL,
     until bigint NOT NULL,
     participant_id text,
     kind text NOT NULL,
     text_before text NOT NULL,
     text_after text NOT NULL,
     PRIMARY KEY (doc, clause_id, at)
   );
   CREATE INDEX clause_history_by_end ON clause_history(doc, until);
   CREATE TABLE participant_visits (
     participant_id text PRIMARY KEY REFERENCES participants(id),
     last_visit bigint NOT NULL
   );`,
  // 2. What several servers share: who owns each document, and under which lease each update was
  // written. A lease is taken by compare-and-set on its epoch, which every take increments; an append
  // checks the epoch in its own transaction (fencing), so a former owner that was paused past its
  // lease can never write again. Expiry is the database's clock, so the servers' clocks do not matter.
  `CREATE TABLE document_leases (
     doc_name text PRIMARY KEY,
     owner text NOT NULL,
     epoch bigint NOT NULL,
     expires_at timestamptz NOT NULL
   );
   ALTER TABLE document_updates ADD COLUMN epoch bigint NOT NULL DEFAULT 0;
   ALTER TABLE document_updates ALTER COLUMN epoch DROP DEFAULT;`,
  // 3. The co-authors of a joint history entry (people typing in one clause at once), as SQLite's
  // fifth step keeps them: a JSON array of participant ids, NULL for one author's entry (every row
  // written before this step).
  'ALTER TABLE clause_history ADD COLUMN co_authors text;',
];

/** Any fixed number: every server takes this lock before looking at the schema, so one upgrades at a time. */
const SCHEMA_LOCK = 1_607_201_616;

export interface SchemaUpgrade {
  /** Steps applied before this call (0: an empty database). */
  readonly from: number;
  /** Steps applied now. */
  readonly to: number;
}

/**
 * Brings the database up to `steps` (the released ones unless a test passes fewer), all pending steps
 * in one transaction: a failure leaves the schema as it was. Servers starting together wait on an
 * advisory lock, so exactly one applies each step and the others find it done. `connection` is one
 * connection (a `pg.Client`, or a `pg.PoolClient` the caller releases), not a pool: a transaction
 * needs one.
 */
export async function applySchema(
  connection: pg.ClientBase,
  steps: readonly string[] = POSTGRES_SCHEMA_STEPS,
): Promise<SchemaUpgrade> {
  await connection.query('BEGIN');
  try {
    await connection.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await connection.query(`CREATE TABLE IF NOT EXISTS schema_version (
                              version integer PRIMARY KEY,
                              applied_at timestamptz NOT NULL DEFAULT now()
                            )`);
    const { rows } = await connection.query<{ version: number }>(
      'SELECT coalesce(max(version), 0) AS version FROM schema_version',
    );
    const from = rows[0]?.version ?? 0;
    if (from > steps.length) {
      throw new Error(`database schema ${from} is newer than this server's ${steps.length}`);
    }
    for (let step = from; step < steps.length; step++) {
      await connection.query(steps[step] ?? '');
      await connection.query('INSERT INTO schema_version (version) VALUES ($1)', [step + 1]);
    }
    await connection.query('COMMIT');
    return { from, to: steps.length };
  } catch (error) {
    // The step's error is the one to report; a ROLLBACK on a broken connection would only hide it.
    await connection.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
