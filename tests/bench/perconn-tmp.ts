import fs from 'node:fs';
import WebSocket from 'ws';
import { rssKiB, startBenchServer } from './load/benchServers.ts';
import { prepareRooms } from './load/prepareRooms.ts';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const awareness = process.env.AWARENESS === '1';
fs.rmSync('/tmp/prodmeas/mem.log', { force: true });
const server = await startBenchServer('parley');
const mem = async (label: string) => {
  process.kill(server.pid, 'SIGUSR2'); await sleep(800);
  const lines = fs.readFileSync('/tmp/prodmeas/mem.log', 'utf8').trim().split('\n');
  console.log(label.padEnd(28), 'rss now', rssKiB(server.pid), lines.at(-1));
};
const snap = async (label: string) => {
  if (!process.env.SNAP) return;
  process.kill(server.pid, 'SIGUSR1'); await sleep(6000);
  console.log('snapshot', label);
};
await sleep(2000);
await mem('rest');
const rooms = await prepareRooms(server, 100, 10);
await sleep(1000);
await mem('rooms prepared');
await snap('A');
const sockets: WebSocket[] = [];
let synced = 0;
for (const room of rooms) for (const token of room.tokens) {
  const ws = new WebSocket(`${server.syncUrl}/${room.docName}?token=${encodeURIComponent(token ?? '')}`, { perMessageDeflate: false });
  sockets.push(ws);
  let got = false;
  ws.on('message', () => { if (!got) { got = true; synced++; } });
  ws.on('open', () => {
    ws.send(Uint8Array.from([0, 0, 1, 0]));
    if (awareness) {
      // awareness update: 1 client, id, clock, JSON state
      const state = JSON.stringify({ user: { name: 'Delegate', color: '#123456' } });
      const enc = new TextEncoder().encode(state);
      const id = 1 + Math.floor(Math.random() * 1e9);
      const body: number[] = [];
      const varuint = (n: number) => { while (n > 127) { body.push(128 | (n & 127)); n >>>= 7; } body.push(n); };
      varuint(1); varuint(id); varuint(1); varuint(enc.length); body.push(...enc);
      const frame: number[] = [1]; const len = body.length; let n = len; while (n > 127) { frame.push(128 | (n & 127)); n >>>= 7; } frame.push(n);
      ws.send(Uint8Array.from([...frame, ...body]));
    }
  });
  ws.on('error', () => undefined);
  if (sockets.length % 50 === 0) await sleep(20);
}
while (synced < sockets.length) await sleep(50);
await sleep(2000);
await mem(`1000 connected${awareness ? ' +awareness' : ''}`);
await snap('B');
for (const ws of sockets) ws.close();
await sleep(1500);
await mem('all closed');
await server.stop();
