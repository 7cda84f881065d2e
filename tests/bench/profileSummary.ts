import fs from 'node:fs';
import path from 'node:path';

/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`, e.g. a bench run with PARLEY_BENCH_CPU_PROF=dir):
 * the functions and the modules with the most self time, and the functions with the most inclusive
 * time (self plus everything they called), each as a share of all samples.
 *
 *   node --import tsx bench/profileSummary.ts <file.cpuprofile> [rows] [last seconds]
 *
 * With `last seconds`, only the samples of the profile's final seconds count: a bench's server profile
 * starts with the rooms being prepared (HTTP, joins, module loading), which is not the load.
 */

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly hitCount?: number;
  readonly children?: readonly number[];
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
  readonly startTime: number;
  readonly endTime: number;
}

/** A module's short name: the package for dependencies, the path under src/ for Parley's own code. */
function moduleOf(url: string): string {
  if (url === '') return '(native / V8)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1]) return pkg[1];
  if (url.startsWith('node:')) return url;
  const own = /\/(server|shared)\/src\/(.*)$/.exec(url);
  if (own) return `${own[1]}/${own[2]}`;
  return path.basename(url);
}

function label(frame: CallFrame): string {
  const name = frame.functionName || '(anonymous)';
  return frame.url === '' ? name : `${name} ${moduleOf(frame.url)}:${frame.lineNumber + 1}`;
}

export function summarise(profile: CpuProfile, rows = 25, lastSeconds = Number.POSITIVE_INFINITY): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Time per node: the sampled deltas when present (exact), else hit counts (one per sample).
  const selfMicros = new Map<number, number>();
  const windowStart = profile.endTime - lastSeconds * 1e6;
  if (profile.samples && profile.timeDeltas) {
    let at = profile.startTime;
    for (const [i, id] of profile.samples.entries()) {
      at += profile.timeDeltas[i] ?? 0;
      if (at < windowStart) continue;
      // The delta before sample i+1 is the time spent in sample i.
      const delta = profile.timeDeltas[i + 1] ?? 0;
      selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(0, delta));
    }
  } else {
    for (const node of profile.nodes) selfMicros.set(node.id, node.hitCount ?? 0);
  }
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0) || 1;
  const idle = [...byId.values()]
    .filter((n) => n.callFrame.functionName === '(idle)')
    .reduce((sum, n) => sum + (selfMicros.get(n.id) ?? 0), 0);
  const busy = total - idle || 1;

  const selfByFunction = new Map<string, number>();
  const selfByModule = new Map<string, number>();
  for (const node of profile.nodes) {
    const t = selfMicros.get(node.id) ?? 0;
    if (node.callFrame.functionName === '(idle)') continue;
    const key = label(node.callFrame);
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + t);
    const mod = moduleOf(node.callFrame.url);
    selfByModule.set(mod, (selfByModule.get(mod) ?? 0) + t);
  }

  // Inclusive: each function counted once per stack (recursion must not count twice).
  const inclusive = new Map<string, number>();
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  for (const [id, t] of selfMicros) {
    if (t === 0) continue;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at);
      if (!node || node.callFrame.functionName === '(root)' || node.callFrame.functionName === '(idle)') continue;
      const key = label(node.callFrame);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + t);
    }
  }

  const pct = (t: number) => `${((t / busy) * 100).toFixed(1)}%`;
  const top = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, rows)
      .map(([key, t]) => `| ${pct(t)} | ${(t / 1000).toFixed(0)} | ${key} |`);
  const seconds = Math.min(lastSeconds, (profile.endTime - profile.startTime) / 1e6);
  return [
    `Profile: ${seconds.toFixed(1)} s, busy ${((busy / total) * 100).toFixed(0)}% (shares below are of busy time)`,
    '',
    'Self time by module',
    '| share | ms | module |',
    '|---:|---:|---|',
    ...top(selfByModule),
    '',
    'Self time by function',
    '| share | ms | function |',
    '|---:|---:|---|',
    ...top(selfByFunction),
    '',
    'Inclusive time by function',
    '| share | ms | function |',
    '|---:|---:|---|',
    ...top(inclusive),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: profileSummary.ts <file.cpuprofile> [rows]');
    process.exit(2);
  }
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const rows = Number(process.argv[3] ?? 25);
  console.log(summarise(profile, rows, Number(process.argv[4] ?? Number.POSITIVE_INFINITY)).join('\n'));
}
