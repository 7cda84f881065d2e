import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configFromEnv, createLogger, startParleyServer } from '@parley/server';
import WebSocket from 'ws';
import { prepareRooms } from './prepareRooms.ts';

/**
 * What an idle connection keeps alive, apart from how V8 and malloc size the process around it: a
 * Parley server in this process, 100 rooms, 500 clients connected and then 500 more, the heap
 * measured after full collections each time. The clients' own sockets are in the same heap, so the
 * figure bounds the server's share from above. RSS, measured from outside (the idle table), also
 * holds the young generation V8 grows as the connections' handshakes allocate.
 */
export async function retainedHeapPerIdleConnection(): Promise<number> {
  const gc = globalThis.gc;
  if (!gc) return Number.NaN;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-idle-heap-'));
  const env = {
    PARLEY_DATA_DIR: dataDir,
    PARLEY_CREATE_PER_MINUTE: '100000',
    PARLEY_JOINS_PER_MINUTE: '1000000',
    PARLEY_MAX_CONNECTIONS_PER_ADDRESS: '100000',
  };
  const server = await startParleyServer(
    { ...configFromEnv(env, null), port: 0, host: '127.0.0.1', dataDir, clientDir: null, logLevel: 'warn' },
    createLogger('warn'),
  );
  const syncUrl = `${server.url.replace(/^http/, 'ws')}/sync`;
  const sockets: WebSocket[] = [];
  try {
    const rooms = await prepareRooms({ kind: 'parley', httpUrl: server.url }, 100, 10);
    const heap = () => {
      gc();
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Half of every room's clients, so the rooms are open before the counted half comes.
    const connectHalf = async (half: number) => {
      const synced: Promise<unknown>[] = [];
      for (const room of rooms) {
        for (const [i, token] of room.tokens.entries()) {
          if (i % 2 !== half) continue;
          const ws = new WebSocket(`${syncUrl}/${room.docName}?token=${encodeURIComponent(token ?? '')}`, {
            perMessageDeflate: false,
          });
          sockets.push(ws);
          synced.push(new Promise((resolve) => ws.once('message', resolve)));
        }
      }
      await Promise.all(synced);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return synced.length;
    };
    await connectHalf(0);
    const before = heap();
    const counted = await connectHalf(1);
    return (heap() - before) / 1024 / counted;
  } finally {
    for (const ws of sockets) ws.terminate();
    await server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
