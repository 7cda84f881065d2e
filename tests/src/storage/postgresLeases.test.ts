import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentFence, Lease } from '../../../server/src/storage/Leases.ts';
import { LeaseLostError } from '../../../server/src/storage/Leases.ts';
import { openPostgresStorage, type PostgresStorage } from '../../../server/src/storage/postgres/PostgresStorage.ts';
import { usePostgres } from '../helpers/postgresServer.ts';

/**
 * Session leases and the fence on a real PostgreSQL: two storages on one database stand for two
 * servers. A take-over increments the epoch; every append and compaction checks it in its own
 * transaction, so a former owner can never write again.
 */
const postgres = usePostgres();
let databases = 0;
const opened: PostgresStorage[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});

async function twoServers(): Promise<{ url: string; a: PostgresStorage; b: PostgresStorage }> {
  databases += 1;
  const url = await postgres().createDatabase(`leases_${databases}`);
  const a = await openPostgresStorage(url, { queryTimeoutMs: 5_000, maxConnections: 3 });
  const b = await openPostgresStorage(url, { queryTimeoutMs: 5_000, maxConnections: 3 });
  opened.push(a, b);
  return { url, a, b };
}

/** A fence holding exactly the given leases, keyed by session (a document's first path segment). */
function fenceOf(held: Map<string, Lease>): DocumentFence {
  return { leaseOf: (docName) => held.get(docName.split('/')[0] ?? '') ?? null };
}

function taken(claim: Awaited<ReturnType<PostgresStorage['leases']['claim']>>): Lease {
  if (!('taken' in claim)) throw new Error(`expected to take the lease, held by ${claim.heldBy.owner}`);
  return claim.taken;
}

async function epochsOf(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ epoch: string }>('SELECT epoch FROM document_updates ORDER BY seq');
    return rows.map((row) => Number(row.epoch));
  } finally {
    await client.end();
  }
}

describe('session leases in PostgreSQL', () => {
  it('lets one server take a free lease, refuses another while it lasts, and increments the epoch on take-over', async () => {
    const { a, b } = await twoServers();
    const first = taken(await a.leases.claim('s1', 'a', 60_000));
    expect(first.epoch).toBe(1);
    const refused = await b.leases.claim('s1', 'b', 60_000);
    expect(refused).toMatchObject({ heldBy: { owner: 'a', epoch: 1 } });
    if ('heldBy' in refused) expect(refused.heldBy.expiresInMs).toBeGreaterThan(50_000);
    // The owner claiming again (a restart under the same id) takes a new epoch as well.
    expect(taken(await a.leases.claim('s1', 'a', 60_000)).epoch).toBe(2);
    await a.leases.release({ key: 's1', owner: 'a', epoch: 2 });
    const second = taken(await b.leases.claim('s1', 'b', 60_000));
    expect(second).toEqual({ key: 's1', owner: 'b', epoch: 3 });
    expect((await a.leases.read(['s1', 'nobody'])).get('s1')).toMatchObject({ owner: 'b', epoch: 3 });
    expect((await a.leases.read(['nobody'])).size).toBe(0);
  });

  it('lets an expired lease be taken, and renews only leases still held at their epoch', async () => {
    const { a, b } = await twoServers();
    const short = taken(await a.leases.claim('s1', 'a', 200));
    const other = taken(await a.leases.claim('s2', 'a', 60_000));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await b.leases.read(['s1'])).get('s1')?.expiresInMs).toBe(0);
    const takeover = taken(await b.leases.claim('s1', 'b', 60_000));
    expect(takeover.epoch).toBe(short.epoch + 1);
    // a renews both: s2 is still its own, s1 is not any more.
    expect(await a.leases.renew([short, other], 60_000)).toEqual(new Set(['s2']));
    // A release by the former owner does not free the new owner's lease.
    await a.leases.release(short);
    expect(await b.leases.claim('s1', 'c', 60_000)).toMatchObject({ heldBy: { owner: 'b' } });
  });

  it('lets a lease whose holder was found dead be superseded at its epoch only, before it expires', async () => {
    const { a, b } = await twoServers();
    const held = taken(await a.leases.claim('s1', 'a', 60_000));
    // A stale view of the epoch supersedes nothing.
    expect(await b.leases.claim('s1', 'b', 60_000, held.epoch - 1)).toMatchObject({ heldBy: { owner: 'a' } });
    const superseding = taken(await b.leases.claim('s1', 'b', 60_000, held.epoch));
    expect(superseding.epoch).toBe(held.epoch + 1);
    // A second server that saw the same dead holder comes too late: the epoch moved on.
    expect(await a.leases.claim('s1', 'c', 60_000, held.epoch)).toMatchObject({ heldBy: { owner: 'b' } });
  });

  it('fences appends and compactions: a former owner writes nothing once another server took over', async () => {
    const { url, a, b } = await twoServers();
    const heldByA = new Map([['s1', taken(await a.leases.claim('s1', 'a', 200))]]);
    a.fenceWith(fenceOf(heldByA));
    await a.appendUpdates([{ docName: 's1', update: Uint8Array.from([1]) }]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const heldByB = new Map([['s1', taken(await b.leases.claim('s1', 'b', 60_000))]]);
    b.fenceWith(fenceOf(heldByB));
    // a was paused past its lease and does not know yet: its turn, its compaction and a breakout
    // room's update under the same session are all refused, naming the documents.
    const refused = a.appendUpdates([
      { docName: 's1', update: Uint8Array.from([2]) },
      { docName: 's1/caucus/p1', update: Uint8Array.from([3]) },
    ]);
    await expect(refused).rejects.toBeInstanceOf(LeaseLostError);
    await expect(refused).rejects.toMatchObject({ keys: ['s1', 's1/caucus/p1'] });
    await expect(a.compact('s1', Uint8Array.from([9]), 1)).rejects.toBeInstanceOf(LeaseLostError);
    await b.appendUpdates([{ docName: 's1', update: Uint8Array.from([4]) }]);
    expect((await b.loadDocument('s1')).updates).toEqual([Uint8Array.from([1]), Uint8Array.from([4])]);
    expect(await epochsOf(url)).toEqual([1, 2]);
  });

  it('renews leases in one order (by session), so an append holding one of them never deadlocks against it', async () => {
    const { url, a } = await twoServers();
    const first = taken(await a.leases.claim('a1', 'a', 60_000));
    const second = taken(await a.leases.claim('b2', 'a', 60_000));
    // An append's fence, as it runs: it share-locks its sessions' rows in order, a1 then b2.
    const append = new pg.Client({ connectionString: url });
    await append.connect();
    try {
      await append.query("SET deadlock_timeout = '100ms'");
      await append.query('BEGIN');
      await append.query("SELECT 1 FROM document_leases WHERE doc_name = 'a1' FOR SHARE");
      // A renewal handed its leases the other way round, while the append holds a1.
      const renewal = a.leases.renew([second, first], 60_000);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Locking b2 now must not deadlock: the renewal waits for a1 before it touches b2.
      await append.query("SELECT 1 FROM document_leases WHERE doc_name = 'b2' FOR SHARE");
      await append.query('COMMIT');
      expect(await renewal).toEqual(new Set(['a1', 'b2']));
    } finally {
      await append.end();
    }
  });

  it('refuses, without a query, a document whose session this server holds no lease for', async () => {
    const { a } = await twoServers();
    a.fenceWith(fenceOf(new Map()));
    await expect(a.appendUpdates([{ docName: 's9', update: Uint8Array.from([1]) }])).rejects.toMatchObject({
      keys: ['s9'],
    });
    expect((await a.loadDocument('s9')).updates).toEqual([]);
  });

  it('makes a take-over wait for an append in flight, which then lands under the old epoch', async () => {
    const { url, a, b } = await twoServers();
    a.fenceWith(fenceOf(new Map([['s1', taken(await a.leases.claim('s1', 'a', 60_000))]])));
    // Hold the append's transaction open by locking the updates table from a third connection.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE document_updates IN EXCLUSIVE MODE');
    const append = a.appendUpdates([{ docName: 's1', update: Uint8Array.from([1]) }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The lease row is share-locked by the append: forcing a take-over now must wait for it.
    const takeover = b.leases.claim('s1', 'b', 60_000);
    let takeoverDone = false;
    void takeover.then(() => {
      takeoverDone = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(takeoverDone).toBe(false);
    await blocker.query('COMMIT');
    await blocker.end();
    await append;
    // Not expired, so b was refused, but only after the append committed.
    expect(await takeover).toMatchObject({ heldBy: { owner: 'a' } });
    expect(await epochsOf(url)).toEqual([1]);
  });
});
