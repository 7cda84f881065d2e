import { recordRatioTarget } from '../targets.ts';
import { rssKiB, startBenchServer } from './benchServers.ts';

/** Issue 17: a resting Parley (built, as `pnpm start` runs it) within 1.3× the reference's RSS. */
export const RESTING_RSS_TARGET = 1.3;
const RUNS = 3;
const IDLE_MS = 2000;

type RestingKind = 'built' | 'source' | 'reference';

/**
 * RSS of a freshly started server after one session is created (Parley; the reference has no
 * sessions: a room exists once a client opens it) and 2 s idle. Parley built (`node dist/main.js`,
 * as `pnpm start` runs it) and from source through tsx (`node --import tsx src/main.ts`, as the
 * server started before issue 17), each against y-websocket 2.1.0's reference server.
 */
async function restingRssKiB(kind: RestingKind): Promise<number> {
  const server = await startBenchServer(
    kind === 'reference' ? 'reference' : 'parley',
    kind === 'source' ? { BENCH_PARLEY_SOURCE: '1' } : {},
  );
  try {
    if (server.kind === 'parley') {
      const response = await fetch(`${server.httpUrl}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Resting', parties: [{ name: 'A' }, { name: 'B' }] }),
      });
      if (!response.ok) throw new Error(`session creation failed: ${response.status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
    return rssKiB(server.pid);
  } finally {
    await server.stop();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** The median of three starts of each, printed with the ratio to the reference and the target. */
export async function runRestingMemory(): Promise<string[]> {
  const kinds: RestingKind[] = ['built', 'source', 'reference'];
  const samples = new Map<RestingKind, number[]>(kinds.map((kind) => [kind, []]));
  // Interleaved, so a busy moment of the machine weighs on every kind alike.
  for (let run = 0; run < RUNS; run++) {
    for (const kind of kinds) samples.get(kind)?.push(await restingRssKiB(kind));
  }
  const mib = (kind: RestingKind) => median(samples.get(kind) ?? []) / 1024;
  const reference = mib('reference');
  const row = (label: string, kind: RestingKind) =>
    `| ${label} | ${mib(kind).toFixed(1)} | ${(mib(kind) / reference).toFixed(2)}× |`;
  const builtRatio = mib('built') / reference;
  recordRatioTarget('production start: resting RSS (built)', mib('built'), reference, 'MiB', RESTING_RSS_TARGET);
  return [
    `Resting memory: RSS after start, one session created, ${IDLE_MS / 1000} s idle (median of ${RUNS} starts each)`,
    '| server | RSS MiB | / reference |',
    '|---|---:|---:|',
    row('Parley, built (`node dist/main.js`, as `pnpm start`)', 'built'),
    row('Parley, source through tsx', 'source'),
    row('reference (y-websocket 2.1.0 `bin/utils`)', 'reference'),
    '',
    `Resting RSS target ≤ ${RESTING_RSS_TARGET}× the reference: ${builtRatio.toFixed(2)}×, ${builtRatio <= RESTING_RSS_TARGET ? 'met' : 'missed'}`,
    '',
  ];
}
