import type { RoomPlan } from '../load/loadWorker.ts';
import { prepareParleyRoom } from '../load/prepareRooms.ts';
import { type LoadPlan, type Measured, measureLoad, runLoad } from '../load/runLoad.ts';
import {
  type Backing,
  type BenchCluster,
  type ClusterMember,
  startBacking,
  startBenchCluster,
} from './benchCluster.ts';
import { type FailoverRun, measureFailover } from './failoverTime.ts';
import { type HopTimes, measureForwardingHop } from './forwardingHop.ts';

/**
 * `pnpm bench cluster` (issue 16): the many-rooms load on one server and on three servers sharing
 * PostgreSQL and Redis, with clients on their room's owner and with every client forwarded; the
 * forwarding hop alone beside a Redis PUBLISH; and the failover time after a SIGKILL of the owner.
 * The many-rooms load is scaled down from the single-server section's (200 rooms, 5 keystrokes/s,
 * 8 s) so that four setups fit in about three minutes on two cores, with a longer window (20 s).
 */
const PLAN: LoadPlan = {
  rooms: 60,
  clientsPerRoom: 10,
  mode: 'edit',
  sendersPerRoom: 2,
  rate: 2,
  measureMs: 20_000,
  workers: 2,
};
const HOP_EDITS = 400;
const FAILOVER_CLIENTS = 30;
const FAILOVER_RUNS = 3;
const FAILOVER_TARGET_MS = 5_000;

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';
const perDeliveryUs = (seconds: number, r: Measured) => (seconds / Math.max(1, r.delivered)) * 1e6;
const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const median = (values: readonly number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

interface Row {
  readonly setup: string;
  readonly result: Measured;
  /** Whether PostgreSQL and Redis CPU was measured (not for SQLite). */
  readonly backed: boolean;
}

/** BENCH_DEBUG=1 says which step the section is at, on stderr. */
function step(what: string): void {
  if (process.env.BENCH_DEBUG) process.stderr.write(`[cluster ${new Date().toISOString().slice(11, 19)}] ${what}\n`);
}

export async function runClusterBench(): Promise<string[]> {
  const lines: string[] = [];
  step('SQLite, 1 server');
  const sqlite = await runLoad('parley', PLAN);
  step('PostgreSQL and Redis');
  const backing = await startBacking();
  try {
    step('(a) PostgreSQL, 1 server');
    const single = await measureSingle(backing);
    step('3 servers');
    const cluster = await startBenchCluster({
      databaseUrl: await backing.postgres.createDatabase('bench_cluster'),
      redisUrl: backing.redis.url,
      count: 3,
    });
    try {
      step('rooms on their owners');
      const { rooms, spread } = await prepareOwnedRooms(cluster);
      const ownerOf = (room: RoomPlan) => owningMember(cluster, spread.intended.get(room.docName));
      step('(b) affinity');
      const affinity = await measureLoad(
        loadTarget(cluster, backing),
        rooms.map((room) => ({ ...room, syncUrl: ownerOf(room).syncUrl })),
        PLAN,
      );
      const afterAffinity = await ownershipKept(cluster, spread.intended);
      step('(c) all forwarded');
      const forwarded = await measureLoad(
        loadTarget(cluster, backing),
        rooms.map((room, i) => ({ ...room, syncUrl: notOwner(cluster, ownerOf(room), i).syncUrl })),
        PLAN,
      );
      const afterForwarded = await ownershipKept(cluster, spread.intended);
      step('forwarding hop');
      lines.push(
        ...loadTable(
          [
            { setup: 'SQLite, 1 server (the default)', result: { ...sqlite, backingCpuSeconds: 0 }, backed: false },
            { setup: '(a) PostgreSQL, 1 server', result: single, backed: true },
            { setup: '(b) 3 servers, each client on its room’s owner', result: affinity, backed: true },
            { setup: '(c) 3 servers, every client forwarded', result: forwarded, backed: true },
          ],
          `Owners: ${spread.counts} rooms on s0/s1/s2 (by GET /healthz owns); still on their owner after (b): ${afterAffinity}/${PLAN.rooms}, after (c): ${afterForwarded}/${PLAN.rooms}.`,
        ),
        '',
        ...hopTable(await measureForwardingHop(cluster, backing.redis.url, HOP_EDITS)),
        '',
      );
      const runs: FailoverRun[] = [];
      for (let i = 0; i < FAILOVER_RUNS; i++) {
        const owner = cluster.members[i % cluster.members.length]?.id ?? 's0';
        step(`failover ${i + 1}: SIGKILL of ${owner}`);
        runs.push(await measureFailover(cluster, owner, FAILOVER_CLIENTS));
        await cluster.restart(owner);
      }
      lines.push(...failoverTable(runs));
    } finally {
      await cluster.stop();
    }
  } finally {
    await backing.stop();
  }
  return lines;
}

function loadTarget(cluster: BenchCluster, backing: Backing) {
  return {
    syncUrl: cluster.members[0]?.syncUrl ?? '',
    syncs: true,
    pids: cluster.members.map((m) => m.pid),
    backingCpuSeconds: backing.cpuSeconds,
  };
}

/** (a): one Parley server on PostgreSQL (no Redis), the rooms prepared on it. */
async function measureSingle(backing: Backing): Promise<Measured> {
  const single = await startBenchCluster({
    databaseUrl: await backing.postgres.createDatabase('bench_single'),
    redisUrl: null,
    count: 1,
  });
  try {
    const server = single.members[0];
    if (!server) throw new Error('no server');
    const { rooms } = await prepareOwnedRooms(single);
    return await measureLoad(loadTarget(single, backing), rooms, PLAN);
  } finally {
    await single.stop();
  }
}

/**
 * The rooms, room i's session created (and its clause added, which loads it and takes the lease) on
 * server i mod 3 (of a cluster's three), so owners are spread evenly; then read back from every
 * server's `/healthz`.
 */
async function prepareOwnedRooms(cluster: BenchCluster) {
  const intended = new Map<string, string>();
  const rooms: RoomPlan[] = new Array(PLAN.rooms);
  // Three preparing chains in parallel (one per server in a cluster).
  const chains = 3;
  await Promise.all(
    Array.from({ length: chains }, async (_v, c) => {
      for (let i = c; i < PLAN.rooms; i += chains) {
        const member = cluster.members[i % cluster.members.length];
        if (!member) throw new Error('no server');
        const room = await prepareParleyRoom(member.httpUrl, i, PLAN.clientsPerRoom);
        rooms[i] = room;
        intended.set(room.docName, member.id);
      }
    }),
  );
  const owners = await cluster.owners();
  const wrong = [...intended].filter(([session, id]) => owners.get(session) !== id);
  if (wrong.length > 0) throw new Error(`${wrong.length} rooms are not owned by the server that prepared them`);
  const counts = cluster.members
    .map((member) => [...owners.values()].filter((id) => id === member.id).length)
    .join('/');
  return { rooms, spread: { intended, counts } };
}

function owningMember(cluster: BenchCluster, id: string | undefined): ClusterMember {
  return cluster.member(id ?? '');
}

/** One of the two servers that do not own the room, alternating between them from room to room. */
function notOwner(cluster: BenchCluster, owner: ClusterMember, i: number): ClusterMember {
  const others = cluster.members.filter((m) => m.id !== owner.id);
  return others[i % others.length] ?? owner;
}

async function ownershipKept(cluster: BenchCluster, intended: Map<string, string>): Promise<number> {
  const owners = await cluster.owners();
  return [...intended].filter(([session, id]) => owners.get(session) === id).length;
}

function loadTable(rows: readonly Row[], ownership: string): string[] {
  const plan = PLAN;
  const base = rows.find((row) => row.setup.startsWith('(a)'))?.result;
  const lines = [
    `Cluster, many rooms: ${plan.rooms} rooms × ${plan.clientsPerRoom} clients, ${plan.sendersPerRoom} typing ${plan.rate} keystrokes/s per room (${plan.measureMs / 1000} s window); Parley CPU is the sum over its server processes`,
    '| setup | p50 ms | p99 ms | deliveries | lost | closed by a server | Parley CPU µs/delivery | PostgreSQL + Redis CPU µs/delivery | p99 / (a) | Parley CPU / (a) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { setup, result, backed } of rows) {
    const cpu = perDeliveryUs(result.cpuSeconds, result);
    const backingCpu = backed ? fmt(perDeliveryUs(result.backingCpuSeconds, result)) : '—';
    const vs = (value: number, baseValue: number) => (base ? ratio(value, baseValue) : '—');
    lines.push(
      `| ${setup} | ${fmt(result.p50, 2)} | ${fmt(result.p99, 2)} | ${result.delivered} | ${result.expected - result.delivered} | ${closedBy(result.closes)} | ${fmt(cpu)} | ${backingCpu} | ${vs(result.p99, base?.p99 ?? Number.NaN)} | ${vs(cpu, base ? perDeliveryUs(base.cpuSeconds, base) : Number.NaN)} |`,
    );
  }
  lines.push('', ownership);
  return lines;
}

/** "6: 4500 ×4, 1006 ×2": how many clients a server closed, by close code. */
function closedBy(closes: Record<string, number>): string {
  const byCode = new Map<string, number>();
  for (const [why, n] of Object.entries(closes)) {
    const code = why.split(' ')[0] ?? why;
    byCode.set(code, (byCode.get(code) ?? 0) + n);
  }
  const total = [...byCode.values()].reduce((sum, n) => sum + n, 0);
  return total === 0 ? '0' : `${total}: ${[...byCode].map(([code, n]) => `${code} ×${n}`).join(', ')}`;
}

function hopTable(hop: HopTimes): string[] {
  const row = (path: string, times: readonly number[]) =>
    `| ${path} | ${fmt(percentile(times, 50), 2)} | ${fmt(percentile(times, 99), 2)} | ${times.length} |`;
  return [
    `Forwarding hop: one keystroke (a ${hop.frameBytes}-byte frame) at a time on an idle cluster, from sending to arrival`,
    '| path | p50 ms | p99 ms | samples |',
    '|---|---:|---:|---:|',
    row('sender and receiver on the owner', hop.direct),
    row('receiver through a forwarding server (1 hop)', hop.oneHop),
    row('sender and receiver through forwarding servers (2 hops, as in (c))', hop.twoHops),
    row(`Redis PUBLISH → subscriber, ${hop.frameBytes} bytes, same Redis`, hop.redis),
    '',
    `Paired, edit by edit: the receiver through a forwarding server had each edit ${fmt(percentile(hop.hopCost, 50), 2)} ms (p50; p99 ${fmt(percentile(hop.hopCost, 99), 2)} ms) after the receiver on the owner. A Redis bus would not remove that crossing (the client's socket stays on the server it reached) but add a Redis delivery to it: ${fmt(percentile(hop.redis, 50), 2)} ms at p50 here, each way.`,
  ];
}

function failoverTable(runs: readonly FailoverRun[]): string[] {
  const times = runs.map((run) => run.failoverMs);
  const middle = median(times);
  return [
    `Failover: ${FAILOVER_CLIENTS} y-websocket clients (default reconnect back-off) on one session spread over the 3 servers, typing ~4 words/s each; the owner SIGKILLed, its clients sent to the survivors; time from the SIGKILL to an edit made just after it reaching a client on another survivor (lease ${process.env.PARLEY_LEASE_MS ?? '3000'} ms)`,
    '| run | owner killed | SIGKILL → edit seen elsewhere | words typed | lost | divergent |',
    '|---|---|---:|---:|---:|---:|',
    ...runs.map(
      (run, i) =>
        `| ${i + 1} | ${run.owner} | ${fmt(run.failoverMs / 1000, 2)} s | ${run.typed} | ${run.lost} | ${run.divergent} |`,
    ),
    '',
    `Median failover ${fmt(middle / 1000, 2)} s (target ≤ ${FAILOVER_TARGET_MS / 1000} s: ${middle <= FAILOVER_TARGET_MS ? 'met' : 'missed'}).`,
  ];
}
