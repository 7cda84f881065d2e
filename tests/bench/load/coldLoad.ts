import { SqliteStorage } from '@parley/server';
import { appendParagraph, clauseRecord, insertClause, plenaryRoots, readClause } from '@parley/shared';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
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

/** Time from opening a connection until the client holds the document (sync step 2 applied). */
function timeToFullState(url: string): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const ws = new WebSocket(url, { perMessageDeflate: false });
    const doc = new Y.Doc();
    ws.on('open', () => ws.send(syncFrame(0, Uint8Array.from([0]))));
    ws.on('message', (data: Buffer) => {
      const message = readFrame(new Uint8Array(data));
      if (message.kind !== 'syncStep2') return;
      Y.applyUpdate(doc, message.payload);
      const ms = performance.now() - start;
      ws.terminate();
      resolve({ ms, bytes: message.payload.length });
    });
    ws.on('error', reject);
  });
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
  const url = `${server.syncUrl}/${session.id}?token=${encodeURIComponent(mediator.token)}`;
  const before = await timeToFullState(url);
  // Nobody connected: after the idle delay the room compacts its log into one state row and unloads.
  const check = new SqliteStorage(dataDir);
  const deadline = Date.now() + 30_000;
  while ((await check.countUpdates(session.id)) > 0 && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  const after = await timeToFullState(url);
  const compactedRows = await check.countUpdates(session.id);
  check.close();
  await server.stop();

  const inMemoryStart = performance.now();
  Y.applyUpdate(new Y.Doc(), encoded);
  const inMemory = performance.now() - inMemoryStart;
  const heap = heapOf(encoded);
  rmSync(dataDir, { recursive: true, force: true });
  return [
    `Cold load: 500 clauses, ${history} stored edits (${(encoded.length / 1024).toFixed(0)} KiB encoded)`,
    '| case | time until the client holds the full state (ms) |',
    '|---|---:|',
    `| Parley, update log of ${history} rows (before compaction) | ${before.ms.toFixed(0)} |`,
    `| Parley, after compaction (${compactedRows} log rows left) | ${after.ms.toFixed(0)} |`,
    `| in memory: Y.applyUpdate of the same state, no server | ${inMemory.toFixed(0)} |`,
    '',
    `Heap of the loaded document: ${(heap / 1024 / 1024).toFixed(1)} MiB for ${(encoded.length / 1024).toFixed(0)} KiB encoded = ${(heap / encoded.length).toFixed(1)}× (target ≤ 12×)`,
  ];
}
