import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchServer } from '../bench/load/benchServers.ts';
import type { RoomPlan, WorkerConfig, WorkerResult } from '../bench/load/loadWorker.ts';
import { workerEnvironment } from '../bench/load/workerPlan.ts';

const workerPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench/load/loadWorker.ts');

/** The typing phase of the soak, with the benchmarks' load generator in two processes. */
export async function runWorkers(server: BenchServer, rooms: RoomPlan[], measureMs: number) {
  const results = await Promise.all(
    [0, 1].map(
      (w) =>
        new Promise<WorkerResult>((resolve, reject) => {
          const config: WorkerConfig = {
            syncUrl: server.syncUrl,
            syncs: true,
            rooms: rooms.filter((_r, i) => i % 2 === w),
            mode: 'edit',
            sendersPerRoom: 2,
            rate: 2,
            warmupMs: 1000,
            measureMs,
            drainMs: 2000,
          };
          const child = spawn(process.execPath, ['--import', 'tsx', workerPath], {
            env: workerEnvironment(config),
            stdio: ['pipe', 'pipe', 'inherit'],
          });
          let output = '';
          let started = false;
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk.toString();
            if (output.includes('ready\n') && !started) {
              started = true;
              child.stdin.write('go\n');
            }
          });
          child.on('close', (code) => {
            const line = output.split('\n').find((l) => l.startsWith('result '));
            if (code === 0 && line) resolve(JSON.parse(line.slice(7)) as WorkerResult);
            else reject(new Error(`soak worker failed (${code})`));
          });
        }),
    ),
  );
  const latencies = results.flatMap((r) => r.latencies).sort((a, b) => a - b);
  return {
    sent: results.reduce((n, r) => n + r.sent, 0),
    expected: results.reduce((n, r) => n + r.expected, 0),
    delivered: results.reduce((n, r) => n + r.delivered, 0),
    // A client the server closed is no longer expected to receive: the soak counts it as a failure of its own.
    closed: results.reduce((n, r) => n + Object.values(r.closes).reduce((sum, count) => sum + count, 0), 0),
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? Number.NaN,
  };
}
