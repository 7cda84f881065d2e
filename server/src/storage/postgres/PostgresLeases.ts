import type pg from 'pg';
import type { Lease, LeaseClaim, LeaseHolder, LeaseStore } from '../Leases.ts';

/** A released lease keeps its row (and epoch, which only ever grows) with an expiry in the past. */
const SQL = {
  claim: `INSERT INTO document_leases (doc_name, owner, epoch, expires_at)
          VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')
          ON CONFLICT (doc_name) DO UPDATE
            SET owner = excluded.owner, epoch = document_leases.epoch + 1, expires_at = excluded.expires_at
            WHERE document_leases.expires_at <= now() OR document_leases.owner = excluded.owner
               OR document_leases.epoch = $4
          RETURNING epoch`,
  // The rows are locked in doc_name order first, as appends lock them (PostgresStorage's fence):
  // an UPDATE … FROM would lock them in whatever order its join yields, and deadlock against an append.
  renew: `WITH held AS (
            SELECT l.doc_name FROM document_leases AS l
            JOIN unnest($1::text[], $2::bigint[]) AS h(key, epoch) ON l.doc_name = h.key AND l.epoch = h.epoch
            WHERE l.owner = $4
            ORDER BY l.doc_name FOR UPDATE OF l
          )
          UPDATE document_leases AS l SET expires_at = now() + $3 * interval '1 millisecond'
          FROM held WHERE l.doc_name = held.doc_name
          RETURNING l.doc_name AS key`,
  release: `UPDATE document_leases SET expires_at = to_timestamp(0)
            WHERE doc_name = $1 AND owner = $2 AND epoch = $3`,
  read: `SELECT doc_name AS key, owner, epoch,
                CASE WHEN expires_at <= now() THEN 0
                     ELSE ceil(extract(epoch FROM expires_at - now()) * 1000) END::float8 AS "expiresInMs"
         FROM document_leases WHERE doc_name = ANY($1::text[])`,
} as const;

/** Leases in PostgreSQL: each take is one compare-and-set statement, so two servers never both win. */
export class PostgresLeases implements LeaseStore {
  constructor(private readonly pool: pg.Pool) {}

  async claim(key: string, owner: string, ttlMs: number, supersede?: number): Promise<LeaseClaim> {
    // Epochs start at 1: -1 supersedes nothing.
    const taken = await this.pool.query<{ epoch: number }>(SQL.claim, [key, owner, ttlMs, supersede ?? -1]);
    const epoch = taken.rows[0]?.epoch;
    if (epoch !== undefined) return { taken: { key, owner, epoch } };
    // Held by another server: who, and for how long (it may have expired since: the caller retries).
    const holder = (await this.read([key])).get(key);
    return { heldBy: holder ?? { owner: '', epoch: 0, expiresInMs: 0 } };
  }

  async renew(leases: readonly Lease[], ttlMs: number): Promise<Set<string>> {
    const byOwner = new Map<string, Lease[]>();
    for (const lease of leases) byOwner.set(lease.owner, [...(byOwner.get(lease.owner) ?? []), lease]);
    const renewed = new Set<string>();
    for (const [owner, held] of byOwner) {
      const result = await this.pool.query<{ key: string }>(SQL.renew, [
        held.map((lease) => lease.key),
        held.map((lease) => lease.epoch),
        ttlMs,
        owner,
      ]);
      for (const row of result.rows) renewed.add(row.key);
    }
    return renewed;
  }

  async release(lease: Lease): Promise<void> {
    await this.pool.query(SQL.release, [lease.key, lease.owner, lease.epoch]);
  }

  async read(keys: readonly string[]): Promise<Map<string, LeaseHolder>> {
    if (keys.length === 0) return new Map();
    const result = await this.pool.query<LeaseHolder & { key: string }>(SQL.read, [[...keys]]);
    return new Map(result.rows.map(({ key, ...holder }) => [key, holder]));
  }
}
