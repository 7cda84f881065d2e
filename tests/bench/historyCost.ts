import { readClauseHistory, SqliteStorage } from '@parley/server';
import type { ClauseId } from '@parley/shared';
import { clauseRecord, insertClause, plenaryRoots, readClause } from '@parley/shared';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { BenchServer } from './load/benchServers.ts';
import { startBenchServer } from './load/benchServers.ts';
import { readFrame, syncFrame } from './load/wire.ts';

const FROM_SERVER = Symbol('from-server');

async function post<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A raw y-protocols client: its own edits go to the server; `roundTrip` waits until it is level with it. */
class Typist {
  private waiting: (() => void) | null = null;
  private constructor(
    readonly doc: Y.Doc,
    private readonly ws: WebSocket,
  ) {
    ws.on('message', (data: Buffer) => {
      const message = readFrame(new Uint8Array(data));
      if (message.kind !== 'syncStep2') return;
      Y.applyUpdate(doc, message.payload, FROM_SERVER);
      const done = this.waiting;
      this.waiting = null;
      done?.();
    });
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_SERVER) ws.send(syncFrame(2, update));
    });
  }

  static async connect(url: string): Promise<Typist> {
    const ws = new WebSocket(url, { perMessageDeflate: false });
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    const typist = new Typist(new Y.Doc(), ws);
    await typist.roundTrip();
    return typist;
  }

  /** Sends sync step 1 and waits for the answer: every edit sent before it has been admitted. */
  roundTrip(): Promise<void> {
    return new Promise((resolve) => {
      this.waiting = resolve;
      this.ws.send(syncFrame(0, Y.encodeStateVector(this.doc)));
    });
  }

  close(): void {
    this.ws.close();
  }
}

function firstLine(doc: Y.Doc, clauseId: string): Y.XmlText {
  const body = readClause(clauseRecord(plenaryRoots(doc), clauseId as ClauseId) ?? new Y.Map())?.body;
  const paragraph = body?.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error(`clause ${clauseId} has no text`);
  return text;
}

interface BuiltSession {
  readonly sessionId: string;
  readonly token: string;
  readonly quiet: string;
  readonly busy: string;
  readonly edits: number;
  readonly seconds: number;
}

/**
 * A 500-clause session typed by two delegates through the real server (gate, admission, persist,
 * history): `edits` keystrokes in all, a fifth of them on one busy clause where the two alternate
 * every five keystrokes (each switch starts a new history entry), the rest spread over the other
 * clauses; one quiet clause gets a single keystroke.
 */
async function buildSession(server: BenchServer, edits: number): Promise<BuiltSession> {
  const started = performance.now();
  const session = await post<{
    id: string;
    parties: { id: string }[];
    invites: { mediator: { token: string }; parties: Record<string, { token: string }> };
  }>(`${server.httpUrl}/api/sessions`, { title: 'History bench', parties: [{ name: 'A' }, { name: 'B' }] });
  const joinAs = (invite: string, name: string) =>
    post<{ token: string }>(`${server.httpUrl}/api/sessions/${session.id}/join`, { invite, name });
  const [partyA, partyB] = session.parties;
  const mediator = await joinAs(session.invites.mediator.token, 'Chair');
  const delegateA = await joinAs(session.invites.parties[partyA?.id ?? '']?.token ?? '', 'Anna');
  const delegateB = await joinAs(session.invites.parties[partyB?.id ?? '']?.token ?? '', 'Boris');
  const url = (token: string) => `${server.syncUrl}/${session.id}?token=${encodeURIComponent(token)}`;

  const chair = await Typist.connect(url(mediator.token));
  const ids: string[] = [];
  const roots = plenaryRoots(chair.doc);
  for (let batch = 0; batch < 10; batch++) {
    chair.doc.transact(() => {
      for (let i = 0; i < 50; i++) {
        ids.push(insertClause(roots, { kind: 'operative', text: `Clause ${batch * 50 + i}: the Parties shall` }));
      }
    });
  }
  await chair.roundTrip();
  chair.close();
  const quiet = ids[10] ?? '';
  const busy = ids[250] ?? '';
  const spread = ids.filter((id) => id !== quiet && id !== busy);

  const a = await Typist.connect(url(delegateA.token));
  const b = await Typist.connect(url(delegateB.token));
  const type = (typist: Typist, clauseId: string, n: number) => {
    const line = firstLine(typist.doc, clauseId);
    // Words of five letters and a space, as typing leaves them.
    line.insert(line.length, n % 6 === 5 ? ' ' : String.fromCharCode(97 + (n % 26)));
  };
  firstLine(a.doc, quiet).insert(0, 'Q');
  let sent = 1;
  const busyEdits = Math.floor(edits / 5);
  const halfRounds = busyEdits / 5;
  const spreadTotal = edits - 1 - busyEdits;
  let spreadIndex = 0;
  for (let half = 0; half < halfRounds; half++) {
    const typist = half % 2 === 0 ? a : b;
    for (let k = 0; k < 5; k++) type(typist, busy, sent++);
    const spreadNow =
      Math.floor(((half + 1) * spreadTotal) / halfRounds) - Math.floor((half * spreadTotal) / halfRounds);
    for (let k = 0; k < spreadNow; k++) {
      // Each delegate keeps to its own half of the clauses, so a spread clause has one author.
      const pool = spread.filter((_, i) => i % 2 === half % 2);
      type(typist, pool[spreadIndex++ % pool.length] ?? busy, sent++);
    }
    await typist.roundTrip();
  }
  a.close();
  b.close();
  return {
    sessionId: session.id,
    token: delegateA.token,
    quiet,
    busy,
    edits: sent,
    seconds: (performance.now() - started) / 1000,
  };
}

async function medianMs(runs: number, run: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

async function historyOver(server: BenchServer, built: BuiltSession, clauseId: string, query = ''): Promise<number> {
  const response = await fetch(
    `${server.httpUrl}/api/sessions/${built.sessionId}/clauses/${clauseId}/history?limit=20${query}`,
    { headers: { authorization: `Bearer ${built.token}` } },
  );
  if (!response.ok) throw new Error(`history: ${response.status}`);
  const body = (await response.json()) as { entries: unknown[]; next: number | null };
  return body.next ?? 0;
}

/**
 * Clause history (issue 13): the history query for a quiet clause (one keystroke) and a busy one
 * (a fifth of the session's keystrokes, two authors alternating) in a 500-clause session of 50,000
 * keystrokes, next to the same queries in a session of 5,000, and to replaying the session's update
 * log (what a history read from the log would cost at least). Built through a real server.
 */
export async function runHistoryBench(): Promise<string[]> {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-history-'));
  // The log stays uncompacted, so the reference can read it whole.
  const server = await startBenchServer('parley', { PARLEY_COMPACT_AFTER: '100000000' }, dataDir);
  const small = await buildSession(server, 5_000);
  const large = await buildSession(server, 50_000);

  const storage = new SqliteStorage(dataDir);
  const entries = async (built: BuiltSession, clauseId: string) =>
    (await storage.listClauseHistory(built.sessionId, clauseId, Number.MAX_SAFE_INTEGER, 1_000_000)).length;
  const rows: string[][] = [];
  for (const built of [small, large]) {
    for (const [what, clauseId] of [
      ['quiet clause', built.quiet],
      ['busy clause', built.busy],
    ] as const) {
      await medianMs(5, () => historyOver(server, built, clauseId));
      const http = await medianMs(50, () => historyOver(server, built, clauseId));
      const session = await storage.getSession(built.sessionId as never);
      if (!session) throw new Error('no session');
      const store = await medianMs(200, () =>
        readClauseHistory(storage, session, clauseId, { before: Number.MAX_SAFE_INTEGER, limit: 20 }, 'en'),
      );
      rows.push([
        `${built.edits.toLocaleString('en')} keystrokes, ${what} (${await entries(built, clauseId)} entries)`,
        http.toFixed(2),
        (store * 1000).toFixed(0),
      ]);
    }
  }
  // The busy clause, a page from the middle of its history.
  const middle = await storage.listClauseHistory(large.sessionId, large.busy, Number.MAX_SAFE_INTEGER, 1_000_000);
  const before = middle[Math.floor(middle.length / 2)]?.at ?? 0;
  const deep = await medianMs(50, () => historyOver(server, large, large.busy, `&before=${before}`));
  rows.push([`${large.edits.toLocaleString('en')} keystrokes, busy clause, page from the middle`, deep.toFixed(2), '']);

  const replay = (built: BuiltSession) =>
    medianMs(3, async () => {
      const stored = await storage.loadDocument(built.sessionId);
      const doc = new Y.Doc();
      doc.transact(() => {
        if (stored.state) Y.applyUpdate(doc, stored.state);
        for (const update of stored.updates) Y.applyUpdate(doc, update);
      });
      doc.destroy();
    });
  const replaySmall = await replay(small);
  const replayLarge = await replay(large);
  const historyRows = async (built: BuiltSession) =>
    (await storage.clauseHistorySince(built.sessionId, 0)).length.toLocaleString('en');
  const rowsSmall = await historyRows(small);
  const rowsLarge = await historyRows(large);
  storage.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
  return [
    `Clause history: 500-clause sessions typed by two delegates through a real server; built in ${small.seconds.toFixed(0)} s (${rowsSmall} history rows) and ${large.seconds.toFixed(0)} s (${rowsLarge} history rows)`,
    '| history query (newest 20 entries) | HTTP round trip, median ms | the same read in process (rows, names, diffs), median µs |',
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    `| reference: replaying the update log, ${small.edits.toLocaleString('en')} / ${large.edits.toLocaleString('en')} keystrokes | ${replaySmall.toFixed(0)} / ${replayLarge.toFixed(0)} | |`,
  ];
}
