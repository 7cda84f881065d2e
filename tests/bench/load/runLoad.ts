import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer, ServerKind } from './benchServers.ts';
import { cpuSeconds, rssKiB, startBenchServer } from './benchServers.ts';
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
  /** RSS growth from before the clients connected to when they were all in. */
  readonly rssPerConnectionKiB: number;
  readonly connections: number;
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

/** Runs one load plan against one server kind, each in its own processes, and measures it. */
export async function runLoad(kind: ServerKind, plan: LoadPlan): Promise<LoadResult> {
  const server: BenchServer = await startBenchServer(kind);
  try {
    const rooms: RoomPlan[] = await prepareRooms(server, plan.rooms, plan.clientsPerRoom);
    const rssBefore = rssKiB(server.pid);
    const warmupMs = 1500;
    const drainMs = 1500;
    const workers = Array.from({ length: plan.workers }, (_v, w) =>
      spawnWorker({
        syncUrl: server.syncUrl,
        syncs: kind !== 'floor',
        rooms: rooms.filter((_room, i) => i % plan.workers === w),
        mode: plan.mode,
        sendersPerRoom: plan.sendersPerRoom,
        rate: plan.rate,
        warmupMs,
        measureMs: plan.measureMs,
        drainMs,
      }),
    );
    await Promise.all(workers.map((w) => w.ready));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const rssConnected = rssKiB(server.pid);
    for (const w of workers) w.child.stdin?.write('go\n');
    await new Promise((resolve) => setTimeout(resolve, warmupMs));
    const cpuStart = cpuSeconds(server.pid);
    const windowStart = performance.now();
    await new Promise((resolve) => setTimeout(resolve, plan.measureMs));
    const cpuEnd = cpuSeconds(server.pid);
    const windowSeconds = (performance.now() - windowStart) / 1000;
    const rssPeak = rssKiB(server.pid);
    const results = await Promise.all(workers.map((w) => w.result));
    const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
    const connections = results.reduce((n, r) => n + r.connected, 0);
    return {
      kind,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      sent: results.reduce((n, r) => n + r.sent, 0),
      expected: results.reduce((n, r) => n + r.expected, 0),
      delivered: results.reduce((n, r) => n + r.delivered, 0),
      cpuSeconds: cpuEnd - cpuStart,
      windowSeconds,
      rssMiB: rssPeak / 1024,
      rssPerConnectionKiB: (rssConnected - rssBefore) / Math.max(1, connections),
      connections,
    };
  } finally {
    await server.stop();
  }
}
