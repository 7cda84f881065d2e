import { WebSocket } from 'ws';
import { rssKiB, startBenchServer } from '../bench/load/benchServers.ts';
import { prepareRooms } from '../bench/load/prepareRooms.ts';
import { runWorkers } from './soakWorkers.ts';

/**
 * `pnpm soak` (outside the test suite): 1,000 connections over 100 rooms typing for two minutes,
 * then 10,000 connect/disconnect cycles. Prints errors, peak and settled RSS, and fails (exit 1) if
 * anything was lost, anything errored, or RSS did not return to within 10% of its level before the churn.
 * SOAK_SECONDS shortens the typing phase, SOAK_CYCLES the churn.
 */
const seconds = Number(process.env.SOAK_SECONDS ?? 120);
const cycles = Number(process.env.SOAK_CYCLES ?? 10_000);
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const server = await startBenchServer('parley', { PARLEY_IDLE_UNLOAD_MS: '1000', PARLEY_LOG_LEVEL: 'error' });
let failed = false;
try {
  const rooms = await prepareRooms(server, 100, 10);
  const rssStart = rssKiB(server.pid);
  console.log(`Typing: 1,000 connections over 100 rooms, 2 typists per room at 2 keystrokes/s, ${seconds} s`);
  const typing = await runWorkers(server, rooms, seconds * 1000);
  const rssPeakTyping = rssKiB(server.pid);
  console.log(
    `  edits ${typing.sent}, deliveries ${typing.delivered}/${typing.expected} (lost ${typing.expected - typing.delivered}), closed by the server ${typing.closed}, p99 ${typing.p99.toFixed(1)} ms`,
  );
  await settle(3000);
  const rssBefore = rssKiB(server.pid);

  console.log(`Churn: ${cycles} connect/disconnect cycles`);
  let errors = 0;
  let done = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const room = rooms[i % rooms.length];
      const ws = new WebSocket(
        `${server.syncUrl}/${room?.docName}?token=${encodeURIComponent(room?.tokens[i % 10] ?? '')}`,
      );
      ws.on('message', () => {
        ws.close();
      });
      ws.on('error', () => {
        errors++;
        resolve();
      });
      ws.on('close', (code) => {
        if (code !== 1000 && code !== 1005) errors++;
        done++;
        resolve();
      });
    });
  for (let start = 0; start < cycles; start += 50)
    await Promise.all(Array.from({ length: Math.min(50, cycles - start) }, (_v, k) => one(start + k)));
  const rssAfterChurn = rssKiB(server.pid);
  // Idle rooms unload after a second; V8 and the allocator give memory back over the next idle seconds.
  let rssSettled = rssKiB(server.pid);
  const settleStart = Date.now();
  while (rssSettled > rssBefore * 1.1 && Date.now() - settleStart < 90_000) {
    await settle(2000);
    rssSettled = rssKiB(server.pid);
  }
  const settleSeconds = (Date.now() - settleStart) / 1000;
  const growth = (rssSettled - rssBefore) / rssBefore;
  console.log(`  cycles ${done}, errors ${errors}`);
  console.log('| RSS | MiB |');
  console.log('|---|---:|');
  console.log(`| at start | ${(rssStart / 1024).toFixed(0)} |`);
  console.log(`| peak while typing | ${(rssPeakTyping / 1024).toFixed(0)} |`);
  console.log(`| before the churn | ${(rssBefore / 1024).toFixed(0)} |`);
  console.log(`| right after the churn | ${(rssAfterChurn / 1024).toFixed(0)} |`);
  console.log(
    `| settled, after ${settleSeconds.toFixed(0)} s | ${(rssSettled / 1024).toFixed(0)} (${(growth * 100).toFixed(1)}% vs before the churn) |`,
  );
  failed = errors > 0 || typing.expected !== typing.delivered || typing.closed > 0 || growth > 0.1;
  console.log(failed ? 'SOAK FAILED' : 'soak passed');
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
