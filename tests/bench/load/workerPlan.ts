import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkerConfig } from './loadWorker.ts';

/** Writes a load worker's plan to a temporary file (thousands of tokens do not fit an environment variable). */
export function workerEnvironment(config: WorkerConfig): NodeJS.ProcessEnv {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-worker-')), 'plan.json');
  writeFileSync(file, JSON.stringify(config));
  return { ...process.env, BENCH_WORKER_FILE: file };
}
