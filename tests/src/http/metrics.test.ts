import { SqliteStorage } from '@parley/server';
import type { SessionId } from '@parley/shared';
import { CloseCodes, healthAnswerSchema, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { sessionWithPeople } from '../helpers/api.ts';
import { usePostgres } from '../helpers/postgresServer.ts';
import { connectProvider } from '../helpers/providerClient.ts';
import { startServer } from '../helpers/startServer.ts';
import { waitFor, waitForAsync } from '../helpers/waitFor.ts';

const METRIC_NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*"';
const SAMPLE = new RegExp(
  `^(${METRIC_NAME})(\\{(?:${LABEL}(?:,${LABEL})*,?)?\\})? (-?[0-9.]+(?:e[+-]?[0-9]+)?|[Nn]a[Nn]|[+-]Inf)( -?[0-9]+)?$`,
);
const HELP = new RegExp(`^# HELP (${METRIC_NAME}) .*$`);
const TYPE = new RegExp(`^# TYPE (${METRIC_NAME}) (counter|gauge|histogram|summary|untyped)$`);

/**
 * Reads Prometheus's text exposition format (0.0.4) strictly: every line is a HELP, a TYPE or a
 * sample, and every sample belongs to a metric with HELP and TYPE given before it. Samples by
 * `name{labels}` as printed. prom-client writes NaN as `Nan`, which Prometheus reads (Go's
 * ParseFloat ignores case).
 */
function parseExposition(text: string): Map<string, number> {
  const helped = new Set<string>();
  const types = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const help = HELP.exec(line);
    if (help) {
      helped.add(help[1] ?? '');
      continue;
    }
    const type = TYPE.exec(line);
    if (type) {
      types.set(type[1] ?? '', type[2] ?? '');
      continue;
    }
    const sample = SAMPLE.exec(line);
    if (!sample) throw new Error(`not a Prometheus exposition line: ${line}`);
    const [, name = '', labels = '', value = ''] = sample;
    const family = types.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '');
    if (!types.has(family) || !helped.has(family)) throw new Error(`sample without HELP and TYPE: ${line}`);
    samples.set(`${name}${labels}`, Number(value));
  }
  return samples;
}

async function scrape(url: string): Promise<Map<string, number>> {
  const response = await fetch(`${url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(await response.text());
}

async function health(url: string) {
  const response = await fetch(`${url}/healthz`);
  expect(response.status).toBe(200);
  return healthAnswerSchema.parse(await response.json());
}

/** SQLite whose session reads fail (`failing`) or never answer (`stalled`), as a lost database would. */
class UnreachableSqlite extends SqliteStorage {
  mode: 'up' | 'failing' | 'stalled' = 'up';
  stalledReads = 0;
  override async getSession(id: SessionId) {
    if (this.mode === 'failing') throw new Error('connection refused');
    if (this.mode === 'stalled') {
      this.stalledReads++;
      return new Promise<never>(() => {});
    }
    return super.getSession(id);
  }
}

describe('GET /metrics and GET /healthz', () => {
  it('count connections, stored updates and gate refusals of a real client, per server, in Prometheus format', async () => {
    const server = await startServer();
    const bystander = await startServer();
    const { session, mediator, observer } = await sessionWithPeople(server.url);
    const before = await scrape(server.url);
    // The session's first state is an update stored, by the session's server only.
    expect(before.get('parley_updates_total')).toBe(1);
    expect(before.get('parley_gate_refusals_total{document="plenary",role="observer"}')).toBeUndefined();

    const writer = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'The Parties shall meet monthly.' });
    await waitForAsync(
      async () => ((await scrape(server.url)).get('parley_updates_total') ?? 0) > 1,
      'the edit to be counted',
    );
    const after = await scrape(server.url);
    expect(after.get('parley_connections')).toBeGreaterThanOrEqual(1);
    expect(after.get('parley_documents_loaded')).toBeGreaterThanOrEqual(1);
    expect(after.get('parley_sessions_owned')).toBe(1);
    expect(after.get('parley_storage_append_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(after.get('parley_storage_append_seconds_bucket{le="+Inf"}')).toBe(
      after.get('parley_storage_append_seconds_count'),
    );
    expect(after.get('parley_forwarded_connections')).toBe(0);
    expect(after.get('parley_forward_seconds_count{kind="websocket"}')).toBe(0);
    expect(after.get('parley_forward_seconds_count{kind="http"}')).toBe(0);
    // The process's default metrics come along (CPU, memory, event loop lag).
    expect(after.get('process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(after.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(after.has('nodejs_eventloop_lag_seconds')).toBe(true);

    const reader = await connectProvider(server.wsUrl, session.id, { token: observer.token });
    insertClause(plenaryRoots(reader.doc), { kind: 'operative', text: 'An observer may not write this.' });
    await waitFor(() => reader.closes.some((c) => c.code === CloseCodes.Forbidden.code), 'the refusal');
    const refused = await scrape(server.url);
    expect(refused.get('parley_gate_refusals_total{document="plenary",role="observer"}')).toBe(1);
    expect(refused.get('parley_updates_total')).toBe(after.get('parley_updates_total'));

    const answer = await health(server.url);
    expect(answer).toEqual({
      status: 'ok',
      server: 'local',
      owns: [session.id],
      storage: { reachable: true, ms: expect.any(Number) },
      redis: null,
    });

    // Another server in the same process counts only its own.
    const other = await scrape(bystander.url);
    expect(other.get('parley_updates_total')).toBe(0);
    expect(other.get('parley_connections')).toBe(0);
    expect(other.get('parley_gate_refusals_total{document="plenary",role="observer"}')).toBeUndefined();
    expect((await health(bystander.url)).owns).toEqual([]);
  });

  it('/healthz stays 200 ok when storage does not answer, and says so', async () => {
    let storage: UnreachableSqlite | null = null;
    const server = await startServer({}, (dataDir) => {
      storage = new UnreachableSqlite(dataDir);
      return storage;
    });
    const store = storage as UnreachableSqlite | null;
    if (!store) throw new Error('the storage was not injected');
    expect((await health(server.url)).storage.reachable).toBe(true);

    store.mode = 'failing';
    const failing = await health(server.url);
    expect(failing.status).toBe('ok');
    expect(failing.storage.reachable).toBe(false);

    store.mode = 'stalled';
    const started = performance.now();
    const [stalled, second] = await Promise.all([health(server.url), health(server.url)]);
    const elapsed = performance.now() - started;
    expect(stalled.storage.reachable).toBe(false);
    expect(second.storage.reachable).toBe(false);
    // Both checks waited on one query: a stalled database is not sent one more per health check.
    expect(store.stalledReads).toBe(1);
    // Given up after the probe's 1 s timeout, not after the database's.
    expect(stalled.storage.ms).toBeGreaterThanOrEqual(990);
    expect(elapsed).toBeLessThan(3_000);

    store.mode = 'up';
    // The stalled probe never settles: a later check starts a new one instead of waiting on it forever.
    expect((await health(server.url)).storage.reachable).toBe(true);
  });
});

describe('GET /healthz on PostgreSQL', () => {
  const postgres = usePostgres();

  it('reports a stalled database as unreachable within the probe timeout, and reachable once it answers', async () => {
    const server = await startServer({ databaseUrl: await postgres().createDatabase('health') });
    const { session, mediator } = await sessionWithPeople(server.url);
    const writer = await connectProvider(server.wsUrl, session.id, { token: mediator.token });
    insertClause(plenaryRoots(writer.doc), { kind: 'operative', text: 'Stored in PostgreSQL.' });
    await waitForAsync(
      async () => ((await scrape(server.url)).get('parley_updates_total') ?? 0) > 1,
      'the edit to be counted',
    );
    expect((await scrape(server.url)).get('parley_storage_append_seconds_count')).toBeGreaterThanOrEqual(1);
    const up = await health(server.url);
    expect(up.storage.reachable).toBe(true);
    expect(up.owns).toEqual([session.id]);

    postgres().pause();
    try {
      const stalled = await health(server.url);
      expect(stalled.status).toBe('ok');
      expect(stalled.storage.reachable).toBe(false);
      expect(stalled.storage.ms).toBeLessThan(2_000);
    } finally {
      postgres().resume();
    }
    await waitForAsync(async () => (await health(server.url)).storage.reachable, 'the database to answer again');
  });
});
