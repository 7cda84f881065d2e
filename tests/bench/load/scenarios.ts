import { recordAtLeastTarget, recordLimitTarget, recordRatioTarget } from '../targets.ts';
import type { ServerKind } from './benchServers.ts';
import { retainedHeapPerIdleConnection } from './idleHeap.ts';
import { runRestingMemory } from './restingMemory.ts';
import type { LoadPlan, LoadResult } from './runLoad.ts';
import { runLoad } from './runLoad.ts';

const KINDS: ServerKind[] = ['parley', 'reference', 'floor'];
const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const ratio = (a: number, b: number) =>
  Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '—';

function cpuPerDeliveryUs(r: LoadResult): number {
  return (r.cpuSeconds / Math.max(1, r.delivered)) * 1e6;
}

function lost(r: LoadResult): string {
  return r.expected === 0 ? '—' : `${r.expected - r.delivered}`;
}

/** A latency scenario run against all three servers, printed with ratios Parley/reference and Parley/floor. */
async function latencyTable(
  title: string,
  plan: LoadPlan,
  recordTargets: (parley: LoadResult, reference: LoadResult) => void,
): Promise<string[]> {
  const results = new Map<ServerKind, LoadResult>();
  for (const kind of KINDS) results.set(kind, await runLoad(kind, plan));
  const lines = [
    title,
    '| server | p50 ms | p95 ms | p99 ms | deliveries | lost | server CPU µs/delivery | server CPU % of a core | RSS MiB |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [kind, r] of results) {
    lines.push(
      `| ${kind} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ${r.delivered} | ${lost(r)} | ${fmt(cpuPerDeliveryUs(r))} | ${fmt((r.cpuSeconds / r.windowSeconds) * 100, 0)} | ${fmt(r.rssMiB, 0)} |`,
    );
  }
  for (const [kind, r] of results) {
    // A client the server closed is no longer counted as a receiver: say so rather than hide it.
    const closed = Object.entries(r.closes);
    if (closed.length > 0)
      lines.push(`${kind}: clients closed by the server: ${closed.map(([why, n]) => `${n}× ${why}`).join(', ')}`);
  }
  const p = results.get('parley');
  const ref = results.get('reference');
  const floor = results.get('floor');
  if (p && ref) recordTargets(p, ref);
  if (p && ref && floor) {
    lines.push(
      '',
      `Parley/reference: p99 ${ratio(p.p99, ref.p99)}, CPU per delivery ${ratio(cpuPerDeliveryUs(p), cpuPerDeliveryUs(ref))}; Parley/floor: p99 ${ratio(p.p99, floor.p99)}, CPU per delivery ${ratio(cpuPerDeliveryUs(p), cpuPerDeliveryUs(floor))}`,
    );
  }
  return lines;
}

/** Issue 17: Parley within this ratio of the reference, in p99 and CPU per delivery, when people type. */
const TYPING_RATIO_TARGET = 1.2;

function typingTargets(scenario: string) {
  return (parley: LoadResult, reference: LoadResult) => {
    recordRatioTarget(`${scenario}: p99 latency`, parley.p99, reference.p99, 'ms', TYPING_RATIO_TARGET);
    recordRatioTarget(
      `${scenario}: CPU per delivery`,
      cpuPerDeliveryUs(parley),
      cpuPerDeliveryUs(reference),
      'µs',
      TYPING_RATIO_TARGET,
    );
  };
}

/** Issue 17: a presence storm costs under half a core, with p99 under 50 ms. */
const PRESENCE_CORE_PERCENT_TARGET = 50;
const PRESENCE_P99_TARGET_MS = 50;

export function runPlenary(): Promise<string[]> {
  return latencyTable(
    'Plenary: 1 room, 100 clients, 10 typing 5 keystrokes/s (20 s window, the load issue 17 states)',
    {
      rooms: 1,
      clientsPerRoom: 100,
      mode: 'edit',
      sendersPerRoom: 10,
      rate: 5,
      measureMs: 20000,
      workers: 1,
    },
    typingTargets('plenary'),
  );
}

export function runManyRooms(): Promise<string[]> {
  return latencyTable(
    'Many rooms: 200 rooms × 10 clients, 2 typing 2 keystrokes/s per room (20 s window, the load issue 17 states)',
    {
      rooms: 200,
      clientsPerRoom: 10,
      mode: 'edit',
      sendersPerRoom: 2,
      rate: 2,
      measureMs: 20000,
      workers: 2,
    },
    typingTargets('many rooms'),
  );
}

export function runPresenceStorm(): Promise<string[]> {
  return latencyTable(
    'Presence storm: 1 room, 100 clients moving cursors at 10 Hz (8 s window)',
    {
      rooms: 1,
      clientsPerRoom: 100,
      mode: 'presence',
      sendersPerRoom: 100,
      rate: 10,
      measureMs: 8000,
      workers: 1,
    },
    (parley) => {
      recordLimitTarget(
        'presence storm: server CPU',
        (parley.cpuSeconds / parley.windowSeconds) * 100,
        '% of a core',
        PRESENCE_CORE_PERCENT_TARGET,
      );
      recordLimitTarget('presence storm: p99 latency', parley.p99, 'ms', PRESENCE_P99_TARGET_MS);
    },
  );
}

/** Where a server's p99 bound lies in the saturation ladder; past it, it has reached its knee. */
const SATURATION_P99_BOUND_MS = 100;
/**
 * Total edits/s tried, doubling and then in halving steps, up to where the load generator itself
 * (one process, 50 clients) can no longer keep up: the ladder goes on until every server broke its bound.
 */
const SATURATION_RATES = [200, 400, 800, 1600, 2400, 3200, 4800, 6400, 9600, 12800];
/**
 * A step counts only if the load generator sent at least this share of the rate asked: past its own
 * limit (one process typing and decoding for 50 clients) it sends less, and a server would be
 * credited with a rate nobody sent it.
 */
const SATURATION_SENT_SHARE = 0.9;

/**
 * The saturation knee of each server: one room of 50 clients, 20 typing, the total edit rate raised
 * until p99 reaches the bound or an edit is lost. Parley's knee should be at or above the reference's.
 */
export async function runSaturation(): Promise<string[]> {
  const lines = [
    `Saturation: 1 room, 50 clients, 20 typing; total edits/s raised until p99 ≥ ${SATURATION_P99_BOUND_MS} ms, an edit is lost, or the load generator sends under ${SATURATION_SENT_SHARE * 100}% of the rate (4 s windows)`,
    '| server | sustained edits/s (sent) | p99 ms there | CPU % of a core there | knee: first failing rate (sent) | p99 ms / lost there |',
    '|---|---:|---:|---:|---:|---|',
  ];
  const sustained = new Map<ServerKind, number>();
  for (const kind of KINDS) {
    let best = 0;
    let bestSent = Number.NaN;
    let bestP99 = Number.NaN;
    let bestCpu = Number.NaN;
    let failing = 'none below the top of the ladder | —';
    for (const total of SATURATION_RATES) {
      const r = await runLoad(kind, {
        rooms: 1,
        clientsPerRoom: 50,
        mode: 'edit',
        sendersPerRoom: 20,
        rate: total / 20,
        measureMs: 4000,
        workers: 1,
      });
      const sentRate = r.sent / r.windowSeconds;
      if (r.p99 < SATURATION_P99_BOUND_MS && r.delivered === r.expected && sentRate >= total * SATURATION_SENT_SHARE) {
        best = total;
        bestSent = sentRate;
        bestP99 = r.p99;
        bestCpu = (r.cpuSeconds / r.windowSeconds) * 100;
      } else {
        const generator = sentRate < total * SATURATION_SENT_SHARE ? ', the load generator fell short' : '';
        failing = `${total} (${fmt(sentRate, 0)}) | ${fmt(r.p99, 0)} / ${r.expected - r.delivered}${generator}`;
        break;
      }
    }
    sustained.set(kind, best);
    lines.push(`| ${kind} | ${best} (${fmt(bestSent, 0)}) | ${fmt(bestP99, 1)} | ${fmt(bestCpu, 0)} | ${failing} |`);
  }
  const parley = sustained.get('parley') ?? 0;
  const reference = sustained.get('reference') ?? 0;
  recordAtLeastTarget('saturation: highest edits/s with p99 < 100 ms, nothing lost', parley, reference, 'edits/s');
  lines.push('', `Parley/reference sustained rate: ${ratio(parley, reference)}`);
  return lines;
}

/** Issue 17: what one idle connection may cost Parley. */
const IDLE_CONNECTION_TARGET_KIB = 16;

export async function runIdle(): Promise<string[]> {
  const lines = [
    ...(await runRestingMemory()),
    "Idle connections: 1,000 connections over 100 rooms, synced and then silent; per connection: the RSS growth of the second 500 (half of every room's clients), once the first 500 are in",
    '| server | RSS MiB | RSS per connection KiB |',
    '|---|---:|---:|',
  ];
  let parleyPerConnection = Number.NaN;
  for (const kind of KINDS) {
    const r = await runLoad(kind, {
      rooms: 100,
      clientsPerRoom: 10,
      mode: 'idle',
      sendersPerRoom: 0,
      rate: 1,
      measureMs: 1000,
      workers: 2,
      marginalConnections: true,
    });
    lines.push(`| ${kind} | ${fmt(r.rssMiB, 0)} | ${fmt(r.rssPerConnectionKiB, 1)} |`);
    if (kind === 'parley') parleyPerConnection = r.rssPerConnectionKiB;
  }
  recordLimitTarget('idle connection: RSS per connection', parleyPerConnection, 'KiB', IDLE_CONNECTION_TARGET_KIB);
  const retained = await retainedHeapPerIdleConnection();
  lines.push(
    '',
    `Heap an idle connection keeps alive (a Parley server and its clients in one process, the second 500 of 1,000 over 100 rooms, after full collections): ${fmt(retained)} KiB`,
    `Per idle connection target ≤ ${IDLE_CONNECTION_TARGET_KIB} KiB (Parley built): ${fmt(parleyPerConnection)} KiB, ${parleyPerConnection <= IDLE_CONNECTION_TARGET_KIB ? 'met' : 'missed'}`,
  );
  return lines;
}
