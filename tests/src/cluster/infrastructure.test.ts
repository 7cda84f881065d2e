import pg from 'pg';
import { createClient, type RedisClientType } from 'redis';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startPostgres, usePostgres } from '../helpers/postgresServer.ts';
import { useRedis } from '../helpers/redisServer.ts';

/**
 * Issue 16's ground floor, before any of Parley runs on it: the test setup starts a real PostgreSQL
 * and a real Redis, the chosen clients (pg, node-redis) talk to them, PostgreSQL's compare-and-set
 * gives a document lease to exactly one taker, Redis carries a message between two connections, and a
 * stalled (SIGSTOPped) database is noticed by the client's own timeout rather than hanging forever.
 */
const postgres = usePostgres();
const redis = useRedis();

const QUERY_TIMEOUT_MS = 1_000;
// Loose enough that a busy 2-core machine's event-loop stalls are not taken for a stalled server.
const REDIS_SOCKET_TIMEOUT_MS = 2_000;

/**
 * node-redis with what a stalled server needs: its per-command `timeout` only covers commands not yet
 * written (node-redis PR #3008), so a socket that receives nothing for `socketTimeout` is closed
 * instead (failing what was in flight), and a PING every 500 ms keeps an idle connection from looking
 * stalled. It reconnects (and resubscribes) on its own, every 100 ms.
 */
function redisClient(url: string): RedisClientType {
  const client: RedisClientType = createClient({
    url,
    socket: { socketTimeout: REDIS_SOCKET_TIMEOUT_MS, reconnectStrategy: 100 },
    pingInterval: 500,
  });
  // Connection failures are reported here as well as to the commands they fail: without a listener they would crash the worker.
  client.on('error', () => undefined);
  onTestFinished(async () => {
    if (client.isOpen) await client.close();
  });
  return client;
}

function pool(url: string): pg.Pool {
  const created = new pg.Pool({
    connectionString: url,
    max: 4,
    // Client-side: a stalled server never answers, so no server-side statement_timeout would fire.
    query_timeout: QUERY_TIMEOUT_MS,
    connectionTimeoutMillis: QUERY_TIMEOUT_MS,
  });
  // An idle client whose server went away reports it here; without a listener that would crash the worker.
  created.on('error', () => undefined);
  onTestFinished(() => created.end());
  return created;
}

/** The lease step of issue 16: take the document if its epoch is still the one we read, bumping it. */
const TAKE_LEASE = `UPDATE leases SET owner = $1, epoch = epoch + 1, expires_at = now() + interval '5 seconds'
                    WHERE doc_name = $2 AND epoch = $3 RETURNING epoch`;

describe('cluster infrastructure: real PostgreSQL and Redis', () => {
  it('starts PostgreSQL as an unprivileged user with fsync on, and says how long it took', async () => {
    const db = pool(postgres().url);
    const { rows } = await db.query<{ user: string; fsync: string; version: string }>(
      "SELECT current_user AS user, current_setting('fsync') AS fsync, current_setting('server_version') AS version",
    );
    console.log(
      `PostgreSQL ${rows[0]?.version} started in ${postgres().startupMs} ms; Redis in ${redis().startupMs} ms`,
    );
    expect(rows[0]).toMatchObject({ user: 'parley', fsync: 'on' });
    expect(postgres().url).toMatch(/^postgres:\/\/parley@127\.0\.0\.1:\d+\/parley$/);
    // The target is 3 s (under 1 s from the template on an idle machine); on a two-core machine shared
    // with a full test run it is slower, so only a start that is plainly stuck fails here.
    expect(postgres().startupMs).toBeLessThan(20_000);
  });

  it('gives a lease to exactly one of two concurrent takers (compare-and-set on the epoch)', async () => {
    const db = pool(postgres().url);
    await db.query(`CREATE TABLE leases (doc_name text PRIMARY KEY, owner text, epoch bigint NOT NULL,
                                         expires_at timestamptz NOT NULL)`);
    await db.query("INSERT INTO leases VALUES ('plenary', NULL, 0, now())");

    // Interleaved by hand: both read epoch 0 and try inside open transactions; the second UPDATE waits
    // on the first's row lock, then re-checks its WHERE against the committed row and matches nothing.
    const [a, b] = [await db.connect(), await db.connect()];
    onTestFinished(() => {
      a.release();
      b.release();
    });
    await a.query('BEGIN');
    await b.query('BEGIN');
    const first = await a.query(TAKE_LEASE, ['server-a', 'plenary', 0]);
    let secondSettled = false;
    const second = b.query(TAKE_LEASE, ['server-b', 'plenary', 0]).finally(() => {
      secondSettled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondSettled).toBe(false); // blocked on server-a's row lock
    await a.query('COMMIT');
    expect((await second).rowCount).toBe(0);
    await b.query('COMMIT');
    expect(first.rows).toEqual([{ epoch: '1' }]); // bigint arrives as a string: no silent rounding

    // And raced for real, many rounds: every round exactly one of four takers wins.
    for (let round = 1; round <= 20; round++) {
      const results = await Promise.all(
        ['a', 'b', 'c', 'd'].map((server) => db.query(TAKE_LEASE, [`server-${server}`, 'plenary', round])),
      );
      expect(results.map((result) => result.rowCount).sort()).toEqual([0, 0, 0, 1]);
    }
    const { rows } = await db.query("SELECT epoch FROM leases WHERE doc_name = 'plenary'");
    expect(rows).toEqual([{ epoch: '21' }]);
  });

  it('carries a message from one Redis connection to a subscriber on another', async () => {
    const publisher = redisClient(redis().url);
    const subscriber = redisClient(redis().url);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const received = new Promise<string>((resolve) => {
      void subscriber.subscribe('parley:doc:plenary', (message) => resolve(message));
    });
    // SUBSCRIBE is acknowledged before the promise above can resolve: wait for the subscription itself.
    await expect.poll(async () => (await publisher.pubSubNumSub('parley:doc:plenary'))['parley:doc:plenary']).toBe(1);
    expect(await publisher.publish('parley:doc:plenary', 'update from server-a')).toBe(1);
    expect(await received).toBe('update from server-a');
  });

  it("notices a stalled (SIGSTOPped) PostgreSQL by the client's timeout, and works again after SIGCONT", async () => {
    const db = pool(postgres().url);
    expect((await db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);

    postgres().pause();
    let resumed = false;
    onTestFinished(() => {
      if (!resumed) postgres().resume();
    });
    const started = Date.now();
    // An open connection: the query is sent and never answered.
    await expect(db.query('SELECT 2')).rejects.toThrow(/Query read timeout/);
    const waited = Date.now() - started;
    // A new connection: accepted by the kernel, never greeted by the postmaster.
    await expect(db.query('SELECT 3')).rejects.toThrow(/timeout/i);
    console.log(`stalled PostgreSQL: query refused after ${waited} ms (query_timeout ${QUERY_TIMEOUT_MS} ms)`);
    expect(waited).toBeGreaterThanOrEqual(QUERY_TIMEOUT_MS - 50);
    expect(waited).toBeLessThan(QUERY_TIMEOUT_MS + 2_000);

    postgres().resume();
    resumed = true;
    expect((await db.query('SELECT 4 AS four')).rows).toEqual([{ four: 4 }]);
  });

  it('notices a stalled (SIGSTOPped) Redis by the socket timeout, then reconnects and resubscribes after SIGCONT', async () => {
    const publisher = redisClient(redis().url);
    const subscriber = redisClient(redis().url);
    await Promise.all([publisher.connect(), subscriber.connect()]);
    const received: string[] = [];
    await subscriber.subscribe('parley:presence', (message) => received.push(message));
    // Idle for several socket timeouts: the pings keep the connections open.
    await new Promise((resolve) => setTimeout(resolve, 2 * REDIS_SOCKET_TIMEOUT_MS));
    expect(await publisher.publish('parley:presence', 'before')).toBe(1);

    redis().pause();
    let resumed = false;
    onTestFinished(() => {
      if (!resumed) redis().resume();
    });
    const started = Date.now();
    await expect(publisher.publish('parley:presence', 'while stalled')).rejects.toThrow(/timeout/i);
    const waited = Date.now() - started;
    console.log(`stalled Redis: command failed after ${waited} ms (socketTimeout ${REDIS_SOCKET_TIMEOUT_MS} ms)`);
    expect(waited).toBeLessThan(REDIS_SOCKET_TIMEOUT_MS + 2_000);

    redis().resume();
    resumed = true;
    await expect.poll(() => publisher.isReady && subscriber.isReady, { timeout: 5_000 }).toBe(true);
    await expect
      .poll(async () => (await publisher.pubSubNumSub('parley:presence'))['parley:presence'], { timeout: 5_000 })
      .toBe(1);
    expect(await publisher.publish('parley:presence', 'after')).toBe(1);
    await expect.poll(() => received.at(-1)).toBe('after');
    // A command that timed out has an unknown fate: written before the stall, Redis may still run it
    // on SIGCONT. The cluster's messages must tolerate that (idempotent, or deduplicated by id).
    expect(received.filter((message) => message !== 'while stalled')).toEqual(['before', 'after']);
  });

  it('keeps what PostgreSQL committed when it is SIGKILLed, and restarts it on the same port', async () => {
    const server = await startPostgres();
    onTestFinished(() => server.stop());
    const db = pool(server.url);
    await db.query('CREATE TABLE appended (n integer)');
    await db.query('INSERT INTO appended VALUES (1), (2)');

    await server.kill();
    await expect(db.query('SELECT 1')).rejects.toThrow();
    await server.restart();
    // Crash recovery replays the WAL: fsync is on, so a commit that was acknowledged is there.
    await expect
      .poll(async () => (await db.query('SELECT n FROM appended ORDER BY n')).rows)
      .toEqual([{ n: 1 }, { n: 2 }]);
  });
});
