// Where a resting server's memory is (issue 17): `node scripts/restingMemory.mjs` (in server/, after
// `node build.mjs`) starts dist/main.js as `pnpm bench idle` does (a fresh data directory, one session
// created, 2 s idle), then prints its RSS split three ways:
//   - by mapping (/proc/<pid>/smaps): node's own code pages, anonymous memory (V8's heap pages),
//     malloc's [heap], native modules (better-sqlite3);
//   - process.memoryUsage() and V8's heap spaces (new space is the young generation, grown at start
//     by what survives its collections; old space; large objects such as the bundle's source string);
//   - V8's code statistics (bytecode, the sources it keeps for lazy compilation).
// --idle=<ms> waits longer; --snapshot=<file> also writes a heap snapshot (open it in Chrome DevTools,
// Memory tab, and sort by retained size). The probe that reads the heap from inside adds a few hundred KiB
// to the figures. Diagnostics only: nothing imports this file.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const option = (name, fallback) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const idleMs = Number(option('idle', '2000'));
const snapshotFile = option('snapshot', '');

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-resting-'));
const report = path.join(work, 'report.json');
// Loaded into the server with --require: on SIGUSR2 it writes what only the process itself can read.
const probe = path.join(work, 'probe.cjs');
fs.writeFileSync(
  probe,
  `const v8 = require('node:v8');
process.on('SIGUSR2', () => {
  const figures = JSON.stringify({
    usage: process.memoryUsage(),
    spaces: v8.getHeapSpaceStatistics(),
    code: v8.getHeapCodeStatistics(),
  });
  ${snapshotFile ? `v8.writeHeapSnapshot(${JSON.stringify(path.resolve(snapshotFile))});` : ''}
  // Written last: the script stops the server once this file is there.
  require('node:fs').writeFileSync(${JSON.stringify(report)}, figures);
});
`,
);

const child = spawn(process.execPath, ['--require', probe, 'dist/main.js'], {
  cwd: serverDir,
  env: {
    ...process.env,
    PORT: '0',
    PARLEY_DATA_DIR: path.join(work, 'data'),
    PARLEY_CLIENT_DIR: '',
    PARLEY_LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((resolve, reject) => {
  let output = '';
  child.on('exit', (code) => reject(new Error(`the server exited (${code})`)));
  child.stdout.on('data', (chunk) => {
    output += chunk;
    const match = /open (http:\/\/[^/\s]+)\//.exec(output);
    if (match) resolve(match[1]);
  });
});
const created = await fetch(`${url}/api/sessions`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ title: 'Resting', parties: [{ name: 'A' }, { name: 'B' }] }),
});
if (!created.ok) throw new Error(`session creation failed: ${created.status}`);
await new Promise((resolve) => setTimeout(resolve, idleMs));

// Read before the probe runs: writing a snapshot grows the process.
const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1]);
const byMapping = new Map();
let mapping = '';
for (const line of fs.readFileSync(`/proc/${child.pid}/smaps`, 'utf8').split('\n')) {
  const header = /^[0-9a-f]+-[0-9a-f]+ \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
  if (header) mapping = header[1] || '[anonymous: V8 heap pages and other mmap]';
  const rss = /^Rss:\s+(\d+) kB/.exec(line);
  if (rss) byMapping.set(mapping, (byMapping.get(mapping) ?? 0) + Number(rss[1]));
}
process.kill(child.pid, 'SIGUSR2');
for (let waited = 0; !fs.existsSync(report) && waited < 60_000; waited += 100) {
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const { usage, spaces, code } = JSON.parse(fs.readFileSync(report, 'utf8'));
child.removeAllListeners('exit');
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
fs.rmSync(work, { recursive: true, force: true });

const mib = (bytes) => (bytes / 1048576).toFixed(2).padStart(7);
console.log(`RSS ${mib(rssKiB * 1024)} MiB after start, one session, ${idleMs / 1000} s idle\n`);
console.log('by mapping (MiB):');
for (const [name, kib] of [...byMapping].sort((a, b) => b[1] - a[1]).filter(([, kib]) => kib >= 64)) {
  console.log(`${mib(kib * 1024)}  ${name}`);
}
console.log('\nprocess.memoryUsage() (MiB):');
for (const [name, bytes] of Object.entries(usage)) console.log(`${mib(bytes)}  ${name}`);
console.log('\nV8 heap spaces (MiB): committed / used / resident');
for (const space of spaces.filter((s) => s.space_size > 0)) {
  console.log(
    `${mib(space.space_size)} ${mib(space.space_used_size)} ${mib(space.physical_space_size)}  ${space.space_name}`,
  );
}
console.log('\nV8 code (MiB):');
for (const [name, bytes] of Object.entries(code)) console.log(`${mib(bytes)}  ${name}`);
if (snapshotFile) console.log(`\nheap snapshot: ${path.resolve(snapshotFile)}`);
