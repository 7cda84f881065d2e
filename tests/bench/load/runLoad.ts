import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer, ServerKind } from './benchServers.ts';
import { cpuSeconds, cpuSecondsByThread, rssKiB, startBenchServer } from './benchServers.ts';
import type { RoomPlan, WorkerConfig, WorkerResult } from './loadWorker.ts';
import { prepareRooms } from './prepareRooms.ts';
import { workerEnvironment } from './workerPlan.ts';

const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'loadWorker.ts');

export interface LoadPlan {
  readonly rooms: number;
  readonly clientsPerRoom: number;
  readonly mode: WorkerConfig['mode'];
  readonly sendersPerRoom: number;
  readonly rate: number;
  readonly measureMs: number;
  /** Load generator processes; rooms are split between them. */
  readonly workers: number;
  /**
   * The first worker's clients connect and settle before the others do, and only the others are
   * counted per connection: what one more idle connection costs, without the one-time growth of the
   * server's young heap as the first connections arrive (which lands wherever the first burst of
   * allocations falls, before or after the figure's starting point).
   */
  readonly marginalConnections?: boolean;
}

export interface LoadResult {
  readonly kind: ServerKind;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  /** Server CPU seconds over the measured window. */
  readonly cpuSeconds: number;
  readonly windowSeconds: number;
  readonly rssMiB: number;
  /** RSS growth per connection from before the (counted) clients connected to when they were all in. */
  readonly rssPerConnectionKiB: number;
  readonly connections: number;
  /** Connections the server closed before the end, by "code reason" (see WorkerResult). */
  readonly closes: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function spawnWorker(config: WorkerConfig): {
  child: ChildProcess;
  ready: Promise<void>;
  result: Promise<WorkerResult>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', workerPath], {
    env: workerEnvironment(config),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    onReady = resolve;
  });
  const result = new Promise<WorkerResult>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready\n')) onReady();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
      if (process.env.BENCH_DEBUG) process.stderr.write(chunk);
    });
    // 'close', not 'exit': the result line may still be in the pipe when the process exits.
    child.on('close', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('result '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('result '.length)) as WorkerResult);
      else reject(new Error(`load worker failed (${code}): ${errors.slice(0, 2000)}`));
    });
  });
  return { child, ready, result };
}

/** Where a load runs: the servers' processes (their CPU is summed) and how clients reach them. */
export interface LoadTarget {
  /** Base of the sync URLs of rooms that name none of their own. */
  readonly syncUrl: string;
  /** Parley and the reference answer sync step 1; the raw floor does not. */
  readonly syncs: boolean;
  /** The server processes: CPU and RSS are their sums. */
  readonly pids: readonly number[];
  /** CPU seconds used so far by what the servers rely on (PostgreSQL, Redis), measured apart. */
  readonly backingCpuSeconds?: () => number;
}

/** What a load measured, by whichever servers it ran against. */
export type Measured = Omit<LoadResult, 'kind'> & {
  /** CPU seconds of the backing processes (PostgreSQL, Redis) over the window; 0 when there are none. */
  readonly backingCpuSeconds: number;
};

function mergeCounts(counts: readonly Record<string, number>[]): Record<string, number> {
  const merged: Record<string, number> = {};
  for (const count of counts) for (const [key, n] of Object.entries(count)) merged[key] = (merged[key] ?? 0) + n;
  return merged;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The window's CPU seconds of one server process, event loop and other threads, to standard error. */
function printThreadCpu(pid: number, start: { eventLoop: number; otherThreads: number }): void {
  const end = cpuSecondsByThread(pid);
  process.stderr.write(
    `server ${pid} CPU over the window: event loop ${(end.eventLoop - start.eventLoop).toFixed(2)} s, other threads ${(end.otherThreads - start.otherThreads).toFixed(2)} s\n`,
  );
}

/** Runs one load plan against rooms already prepared on running servers, and measures it. */
export async function measureLoad(target: LoadTarget, rooms: readonly RoomPlan[], plan: LoadPlan): Promise<Measured> {
  const serverCpu = () => sum(target.pids.map(cpuSeconds));
  const serverRss = () => sum(target.pids.map(rssKiB));
  const warmupMs = 1500;
  const drainMs = 1500;
  const marginal = plan.marginalConnections === true && plan.workers > 1;
  // Counted at the margin, every room is open before the counted clients come: each worker has a
  // share of every room's clients. Otherwise each worker has its share of the rooms.
  const roomsOfWorker = (w: number): RoomPlan[] =>
    marginal
      ? rooms.map((room) => ({ ...room, tokens: room.tokens.filter((_token, i) => i % plan.workers === w) }))
      : rooms.filter((_room, i) => i % plan.workers === w);
  const spawnFor = (w: number) =>
    spawnWorker({
      syncUrl: target.syncUrl,
      syncs: target.syncs,
      rooms: roomsOfWorker(w),
      mode: plan.mode,
      sendersPerRoom: plan.sendersPerRoom,
      rate: plan.rate,
      warmupMs,
      measureMs: plan.measureMs,
      drainMs,
    });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));
  const uncounted: ReturnType<typeof spawnWorker>[] = [];
  if (marginal) {
    uncounted.push(spawnFor(0));
    await Promise.all(uncounted.map((w) => w.ready));
    await settle();
  }
  const rssBefore = serverRss();
  const counted = Array.from({ length: plan.workers - uncounted.length }, (_v, i) => spawnFor(uncounted.length + i));
  const workers = [...uncounted, ...counted];
  await Promise.all(workers.map((w) => w.ready));
  await settle();
  const rssConnected = serverRss();
  for (const w of workers) w.child.stdin?.write('go\n');
  await new Promise((resolve) => setTimeout(resolve, warmupMs));
  const backingCpu = target.backingCpuSeconds ?? (() => 0);
  const threadsStart = process.env.BENCH_THREAD_CPU ? target.pids.map(cpuSecondsByThread) : [];
  const cpuStart = serverCpu();
  const backingStart = backingCpu();
  const windowStart = performance.now();
  await new Promise((resolve) => setTimeout(resolve, plan.measureMs));
  const cpuEnd = serverCpu();
  for (const [i, start] of threadsStart.entries()) printThreadCpu(target.pids[i] ?? 0, start);
  const backingEnd = backingCpu();
  const windowSeconds = (performance.now() - windowStart) / 1000;
  const rssPeak = serverRss();
  const results = await Promise.all(workers.map((w) => w.result));
  const countedConnections = results.slice(uncounted.length).reduce((n, r) => n + r.connected, 0);
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const connections = results.reduce((n, r) => n + r.connected, 0);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    sent: results.reduce((n, r) => n + r.sent, 0),
    expected: results.reduce((n, r) => n + r.expected, 0),
    delivered: results.reduce((n, r) => n + r.delivered, 0),
    cpuSeconds: cpuEnd - cpuStart,
    backingCpuSeconds: backingEnd - backingStart,
    windowSeconds,
    rssMiB: rssPeak / 1024,
    rssPerConnectionKiB: (rssConnected - rssBefore) / Math.max(1, countedConnections),
    connections,
    closes: mergeCounts(results.map((r) => r.closes)),
  };
}

/** Runs one load plan against one server kind, each in its own processes, and measures it. */
export async function runLoad(kind: ServerKind, plan: LoadPlan): Promise<LoadResult> {
  const server: BenchServer = await startBenchServer(kind);
  try {
    const rooms: RoomPlan[] = await prepareRooms(server, plan.rooms, plan.clientsPerRoom);
    const measured = await measureLoad(
      { syncUrl: server.syncUrl, syncs: kind !== 'floor', pids: [server.pid] },
      rooms,
      plan,
    );
    return { kind, ...measured };
  } finally {
    await server.stop();
  }
}
