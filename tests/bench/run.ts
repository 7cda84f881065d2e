import { runClientBench } from './clientCost.ts';
import { runClusterBench } from './cluster/clusterScenario.ts';
import { runExportBench } from './exportCost.ts';
import { runGateBench } from './gateCost.ts';
import { runHistoryBench } from './historyCost.ts';
import { runColdLoad } from './load/coldLoad.ts';
import { runIdle, runManyRooms, runPlenary, runPresenceStorm, runSaturation } from './load/scenarios.ts';
import { targetsTable } from './targets.ts';

/**
 * `pnpm bench`: every benchmark, each printing its figures next to a reference measured in the same
 * run (these machines are noisy: absolute times drift, ratios in one run hold). `pnpm bench gate`
 * runs only the sections whose name contains "gate".
 */
const sections: [string, () => string[] | Promise<string[]>][] = [
  ['gate', runGateBench],
  ['export', runExportBench],
  ['plenary', runPlenary],
  ['many rooms', runManyRooms],
  ['saturation', runSaturation],
  ['presence storm', runPresenceStorm],
  ['cold load', runColdLoad],
  ['history', runHistoryBench],
  ['idle connections', runIdle],
  ['client', runClientBench],
  ['cluster', runClusterBench],
];
const only = process.argv.slice(2).join(' ');
const started = performance.now();
console.log(
  `Parley benchmarks on ${(await import('node:os')).cpus()[0]?.model ?? 'unknown CPU'}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}\n`,
);
for (const [name, section] of sections) {
  if (only && !name.includes(only)) continue;
  const sectionStart = performance.now();
  console.log((await section()).join('\n'));
  console.log(`(${name}: ${((performance.now() - sectionStart) / 1000).toFixed(0)} s)\n`);
}
console.log(targetsTable().join('\n'));
console.log(`All benchmarks: ${((performance.now() - started) / 1000).toFixed(0)} s`);
