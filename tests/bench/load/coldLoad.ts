import { configFromEnv, createLogger, SqliteStorage, startParleyServer } from '@parley/server';
import type { SessionId } from '@parley/shared';
import { appendParagraph, clauseRecord, insertClause, plenaryRoots, readClause } from '@parley/shared';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { recordLimitTarget } from '../targets.ts';
import { startBenchServer } from './benchServers.ts';
import { readFrame, syncFrame } from './wire.ts';

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const COLD_LOAD_TARGET_MS = 100;
const HEAP_TARGET_RATIO = 12;
/** Cold loads measured after compaction (the room unloads between them); the median is reported. */
const COMPACTED_SAMPLES = 5;

interface FullState {
  /** From opening the connection until the client has applied the server's sync step 2. */
  readonly ms: number;
  /** Until the step 2 frame had arrived whole (the server's share, with the transfer). */
  readonly receivedMs: number;
  /** The client's `Y.applyUpdate` of it. */
  readonly applyMs: number;
  readonly bytes: number;
}

/**
 * Time from opening a connection until the client holds the document (sync step 2 applied). With
 * `keep` false the client drops the state once it holds it (for measuring the server's memory).
 */
function timeToFullState(url: string, keep = true): Promise<FullState> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const ws = new WebSocket(url, { perMessageDeflate: false });
    ws.on('open', () => ws.send(syncFrame(0, Uint8Array.from([0]))));
    ws.on('message', (data: Buffer) => {
      const message = readFrame(new Uint8Array(data));
      if (message.kind !== 'syncStep2') return;
      const received = performance.now();
      if (keep) Y.applyUpdate(new Y.Doc(), message.payload);
      const end = performance.now();
      ws.terminate();
      resolve({
        ms: end - start,
        receivedMs: received - start,
        applyMs: end - received,
        bytes: message.payload.length,
      });
    });
    ws.on('error', reject);
  });
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Documents the server has in memory, from its metrics. */
async function documentsLoaded(httpUrl: string): Promise<number> {
  const text = await (await fetch(`${httpUrl}/metrics`)).text();
  const match = /^parley_documents_loaded (\d+)$/m.exec(text);
  return Number(match?.[1] ?? Number.NaN);
}

/** Polls until `condition` holds (30 s at most). */
async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`cold load bench: timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * What a Parley server holds for the loaded room: growth of its heap, and of its array buffers
 * (stored and encoded states live there, outside the heap), after a full collection, from before the
 * room loads until a client has opened it and the server has applied it. The server runs in this
 * process (from source) so that its memory can be read; the client keeps nothing. A first load and
 * unload warms the code up, so the growth is the room's alone.
 */
async function serverMemoryOfRoom(
  dataDir: string,
  sessionId: SessionId,
  token: string,
): Promise<{ heap: number; arrayBuffers: number }> {
  const gc = globalThis.gc;
  if (!gc) return { heap: Number.NaN, arrayBuffers: Number.NaN };
  const server = await startParleyServer(
    {
      ...configFromEnv({ PARLEY_DATA_DIR: dataDir }, null),
      port: 0,
      host: '127.0.0.1',
      dataDir,
      idleUnloadMs: 200,
      compactAfterUpdates: 100_000_000,
      clientDir: null,
      logLevel: 'warn',
    },
    createLogger('warn'),
  );
  const measure = () => {
    gc();
    gc();
    const usage = process.memoryUsage();
    return { heap: usage.heapUsed, arrayBuffers: usage.arrayBuffers };
  };
  try {
    const url = `${server.url.replace(/^http/, 'ws')}/sync/${sessionId}?token=${encodeURIComponent(token)}`;
    await timeToFullState(url, false);
    // Unloaded, and its connection closed on the server's side too (it would keep the room's document).
    await until(
      async () => !server.sync.rooms.isLoaded(sessionId) && server.sync.connectionCount === 0,
      'the room to unload',
    );
    // What the unloaded room's last turns left (timers, closed sockets) is let go of first.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const before = measure();
    // Held, so the room stays loaded while it is measured.
    const room = await server.sync.rooms.acquire(sessionId, { kind: 'plenary', sessionId });
    await timeToFullState(url, false);
    await server.sync.rooms.readPlenary(sessionId, (doc) => doc.store.clients.size);
    const after = measure();
    server.sync.rooms.released(room);
    return { heap: after.heap - before.heap, arrayBuffers: after.arrayBuffers - before.arrayBuffers };
  } finally {
    await server.close();
  }
}

/** Yjs items of a state (each a struct of its own on the heap) and how many of them are deletions. */
function itemsOf(state: Uint8Array): { items: number; deleted: number } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  let items = 0;
  let deleted = 0;
  for (const structs of doc.store.clients.values())
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      items++;
      if (struct.deleted) deleted++;
    }
  doc.destroy();
  return { items, deleted };
}

function heapOf(state: Uint8Array): number {
  const gc = globalThis.gc;
  if (!gc) return Number.NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  gc();
  const heap = process.memoryUsage().heapUsed - before;
  doc.destroy();
  return heap;
}

/**
 * Cold load (issue 7): a 500-clause draft with 50,000 edits of history in SQLite. Time until a new
 * client holds the full state before and after compaction; heap of the loaded document against its
 * encoded size; next to loading the same state in memory with `Y.applyUpdate` (no server, no disk).
 */
export async function runColdLoad(): Promise<string[]> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-cold-'));
  let server = await startBenchServer(
    'parley',
    { PARLEY_COMPACT_AFTER: '100000000', PARLEY_IDLE_UNLOAD_MS: '300' },
    dataDir,
  );
  const session = await post<{ id: string; invites: { mediator: { token: string } } }>(
    `${server.httpUrl}/api/sessions`,
    {
      title: 'Cold load',
      parties: [{ name: 'A' }, { name: 'B' }],
    },
  );
  const mediator = await post<{ token: string }>(`${server.httpUrl}/api/sessions/${session.id}/join`, {
    invite: session.invites.mediator.token,
    name: 'Chair',
  });
  await server.stop();

  // The history, written as the server would have stored it: one row per edit.
  const storage = new SqliteStorage(dataDir);
  const stored = await storage.loadDocument(session.id);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  const rows: { docName: string; update: Uint8Array }[] = [];
  doc.on('update', (update: Uint8Array) => rows.push({ docName: session.id, update }));
  const roots = plenaryRoots(doc);
  const texts: Y.XmlText[] = [];
  for (let i = 0; i < 500; i++) {
    doc.transact(() => {
      const id = insertClause(roots, {
        kind: i < 30 ? 'preamble' : 'operative',
        heading: `Article ${i}`,
        text: `Clause ${i}.`,
      });
      const body = readClause(clauseRecord(roots, id) ?? new Y.Map())?.body;
      if (body) appendParagraph(body, '');
      const paragraph = body?.get(0);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (text instanceof Y.XmlText) texts.push(text);
    });
  }
  for (let edit = rows.length; rows.length < 50_000 + 500; edit++) {
    const text = texts[edit % texts.length];
    if (!text) break;
    if (edit % 7 === 0 && text.length > 4) text.delete(text.length - 2, 1);
    else text.insert(text.length, String.fromCharCode(97 + (edit % 26)));
  }
  for (let i = 0; i < rows.length; i += 5000) await storage.appendUpdates(rows.slice(i, i + 5000));
  const history = await storage.countUpdates(session.id);
  storage.close();
  const encoded = Y.encodeStateAsUpdate(doc);

  server = await startBenchServer(
    'parley',
    { PARLEY_COMPACT_AFTER: '100000000', PARLEY_IDLE_UNLOAD_MS: '300' },
    dataDir,
  );
  const httpUrl = server.httpUrl;
  const url = `${server.syncUrl}/${session.id}?token=${encodeURIComponent(mediator.token)}`;
  const fromLog = await timeToFullState(url);
  // Nobody connected: after the idle delay the room compacts its log into one state row and unloads.
  const check = new SqliteStorage(dataDir);
  await until(async () => (await check.countUpdates(session.id)) === 0, 'compaction');
  const compactedRows = await check.countUpdates(session.id);
  check.close();
  const compacted: FullState[] = [];
  for (let i = 0; i < COMPACTED_SAMPLES; i++) {
    await until(async () => (await documentsLoaded(httpUrl)) === 0, 'the room to unload');
    compacted.push(await timeToFullState(url));
  }
  // The room loaded and unchanged: another new client (the encoded state is kept until a change).
  const holder = new WebSocket(url, { perMessageDeflate: false });
  await new Promise((resolve) => holder.once('open', resolve));
  const loaded = [await timeToFullState(url), await timeToFullState(url), await timeToFullState(url)];
  holder.terminate();
  await server.stop();
  const memory = await serverMemoryOfRoom(dataDir, session.id as SessionId, mediator.token);

  const inMemoryStart = performance.now();
  Y.applyUpdate(new Y.Doc(), encoded);
  const inMemory = performance.now() - inMemoryStart;
  const heap = heapOf(encoded);
  const items = itemsOf(encoded);
  rmSync(dataDir, { recursive: true, force: true });
  const ms = median(compacted.map((c) => c.ms));
  const received = median(compacted.map((c) => c.receivedMs));
  const applied = median(compacted.map((c) => c.applyMs));
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  recordLimitTarget('cold load: until a new client holds the state (compacted)', ms, 'ms', COLD_LOAD_TARGET_MS);
  recordLimitTarget(
    'cold load: server heap of the loaded room',
    memory.heap / encoded.length,
    '× encoded',
    HEAP_TARGET_RATIO,
  );
  const row = (what: string, c: FullState) =>
    `| ${what} | ${c.ms.toFixed(0)} | ${c.receivedMs.toFixed(0)} | ${c.applyMs.toFixed(0)} |`;
  return [
    `Cold load: 500 clauses, ${history} stored edits (${kib(encoded.length)} encoded)`,
    '| case | until the client holds the full state (ms) | step 2 received (ms) | client applies it (ms) |',
    '|---|---:|---:|---:|',
    row(`Parley, update log of ${history} rows (before compaction)`, fromLog),
    `| Parley, after compaction (${compactedRows} log rows left), median of ${COMPACTED_SAMPLES} cold loads (${compacted.map((c) => c.ms.toFixed(0)).join(', ')}) | ${ms.toFixed(0)} | ${received.toFixed(0)} | ${applied.toFixed(0)} |`,
    row('Parley, room loaded and unchanged: another new client (median of 3)', {
      ms: median(loaded.map((c) => c.ms)),
      receivedMs: median(loaded.map((c) => c.receivedMs)),
      applyMs: median(loaded.map((c) => c.applyMs)),
      bytes: 0,
    }),
    `| in memory: Y.applyUpdate of the same state, no server | ${inMemory.toFixed(0)} | | |`,
    '',
    `Server memory for the loaded room (in-process server, after a full collection): heap ${mib(memory.heap)} = ${(memory.heap / encoded.length).toFixed(1)}× the encoded size (target ≤ ${HEAP_TARGET_RATIO}×), array buffers ${mib(memory.arrayBuffers)}`,
    `Yjs alone (a bare Y.Doc of the state): ${mib(heap)} = ${(heap / encoded.length).toFixed(1)}×, ${items.items} items (${items.deleted} deleted), ${(heap / items.items).toFixed(0)} bytes of heap per item`,
  ];
}
