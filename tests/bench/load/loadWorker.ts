import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { awarenessFrame, readFrame, syncFrame } from './wire.ts';

/**
 * A load generator process: raw y-protocols clients for a set of rooms. Senders and receivers of a
 * room live in the same process, so latency is measured on one clock: from the moment an edit (or a
 * cursor move) is sent to its arrival at every other client of the room.
 */
export interface RoomPlan {
  readonly docName: string;
  /** Base of this room's sync URL when not the worker's (a cluster: each room's clients on a chosen server). */
  readonly syncUrl?: string;
  /** One per client; undefined where the server takes no token. */
  readonly tokens: readonly (string | undefined)[];
}

export interface WorkerConfig {
  readonly syncUrl: string;
  /** Parley and the reference answer sync step 1; the raw floor does not. */
  readonly syncs: boolean;
  readonly rooms: readonly RoomPlan[];
  readonly mode: 'edit' | 'presence' | 'idle';
  /** Senders per room (typists or cursor movers). */
  readonly sendersPerRoom: number;
  /** Edits (or cursor moves) per second per sender. */
  readonly rate: number;
  readonly warmupMs: number;
  readonly measureMs: number;
  readonly drainMs: number;
}

export interface WorkerResult {
  readonly latencies: number[];
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  readonly connected: number;
  /**
   * Connections the server closed before the end, by "code reason". A closed client is no longer
   * expected to receive; what it missed while it was open counts as lost.
   */
  readonly closes: Record<string, number>;
}

interface Client {
  readonly ws: WebSocket;
  readonly room: number;
  readonly doc: Y.Doc | null;
  readonly presenceId: number;
  synced: boolean;
}

// The plan comes in a file: with thousands of tokens it is too big for an environment variable.
const config = JSON.parse(readFileSync(process.env.BENCH_WORKER_FILE ?? '', 'utf8')) as WorkerConfig;
const clients: Client[] = [];
/** Closes seen while connecting, by "code reason": why a client never became ready. */
const closes = new Map<string, number>();
/** Set once the measurement is over: the closes that follow are the worker's own. */
let finished = false;
/** Send time and expected receivers of each measured message, by "client:clock". */
const pending = new Map<string, { at: number; room: number; sender: number; left: number }>();
const latencies: number[] = [];
let measuring = false;
let sent = 0;
let expected = 0;
let delivered = 0;

function receive(client: Client, index: number, data: Uint8Array): void {
  const message = readFrame(data);
  switch (message.kind) {
    case 'syncStep1':
      client.ws.send(
        syncFrame(1, client.doc ? Y.encodeStateAsUpdate(client.doc, message.payload) : Uint8Array.from([0, 0])),
      );
      return;
    case 'syncStep2':
      if (client.doc) Y.applyUpdate(client.doc, message.payload, 'server');
      client.synced = true;
      return;
    case 'update':
      record(`${message.client}:${message.clock}`, index);
      return;
    case 'awareness':
      for (const entry of message.entries) record(`${entry.client}:${entry.clock}`, index);
      return;
    case 'other':
      return;
  }
}

function record(key: string, receiver: number): void {
  const entry = pending.get(key);
  if (!entry || entry.sender === receiver) return;
  latencies.push(performance.now() - entry.at);
  delivered++;
  if (--entry.left === 0) pending.delete(key);
}

async function connectAll(): Promise<void> {
  let index = 0;
  for (const [roomIndex, room] of config.rooms.entries()) {
    for (const [slot, token] of room.tokens.entries()) {
      const sender = slot < config.sendersPerRoom;
      const url = `${room.syncUrl ?? config.syncUrl}/${room.docName}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      const ws = new WebSocket(url, { perMessageDeflate: false });
      ws.binaryType = 'nodebuffer';
      const client: Client = {
        ws,
        room: roomIndex,
        doc: sender && config.mode === 'edit' ? new Y.Doc() : null,
        presenceId: 1 + Math.floor(Math.random() * 0x7ffffffe),
        synced: !config.syncs,
      };
      const me = index++;
      clients.push(client);
      ws.on('message', (data: Buffer) =>
        receive(client, me, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
      );
      ws.on('error', () => undefined);
      ws.on('close', (code: number, reason: Buffer) => {
        if (finished) return;
        const why = `${code} ${reason.toString()}`;
        closes.set(why, (closes.get(why) ?? 0) + 1);
      });
      ws.on('open', () => {
        if (config.syncs) ws.send(syncFrame(0, client.doc ? Y.encodeStateVector(client.doc) : Uint8Array.from([0])));
      });
      // Connect in small batches: a burst of thousands of handshakes measures the kernel, not the server.
      if (index % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  const deadline = Date.now() + 60_000;
  // Ready: every client synced, or closed by the server (reported with the results, not fatal).
  const settled = (c: Client) =>
    (c.ws.readyState === WebSocket.OPEN && c.synced) || c.ws.readyState === WebSocket.CLOSED;
  while (!clients.every(settled)) {
    if (Date.now() > deadline) {
      const open = clients.filter((c) => c.ws.readyState === WebSocket.OPEN).length;
      const why = [...closes].map(([close, n]) => `${n}× ${close}`).join(', ');
      throw new Error(
        `only ${clients.filter((c) => c.synced).length} of ${clients.length} clients synced, ${open} open${why ? `; closed: ${why}` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The text a typist edits: the session's first clause (Parley), or a paragraph of its own (elsewhere). */
function typingTarget(client: Client): Y.XmlText {
  const doc = client.doc as Y.Doc;
  const clauses = doc.getMap<Y.Map<unknown>>('clauses');
  for (const record of clauses.values()) {
    const body = record.get('body');
    const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (text instanceof Y.XmlText) return text;
  }
  // One transaction, so the one update sent carries both the paragraph and its text.
  const paragraph = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  doc.transact(() => {
    doc.getXmlFragment('body').push([paragraph]);
    paragraph.push([text]);
  });
  return text;
}

function startSending(): NodeJS.Timeout[] {
  const timers: NodeJS.Timeout[] = [];
  const perRoom = new Map<number, number>();
  for (const [index, client] of clients.entries()) {
    const roommates = clients.filter((other) => other.room === client.room && other !== client);
    const slot = perRoom.get(client.room) ?? 0;
    perRoom.set(client.room, slot + 1);
    if (slot >= config.sendersPerRoom || config.mode === 'idle') continue;
    let clock = 0;
    let text: Y.XmlText | null = null;
    let lastUpdate: Uint8Array | null = null;
    if (config.mode === 'edit' && client.doc) {
      client.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== 'server') lastUpdate = update;
      });
      text = typingTarget(client);
      if (lastUpdate) client.ws.send(syncFrame(2, lastUpdate));
    }
    const tick = () => {
      if (client.ws.readyState !== WebSocket.OPEN) return;
      let frame: Uint8Array;
      let key: string;
      if (text && client.doc) {
        const before = Y.getState(client.doc.store, client.doc.clientID);
        text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
        key = `${client.doc.clientID}:${before}`;
        frame = syncFrame(2, lastUpdate ?? new Uint8Array());
      } else {
        clock++;
        key = `${client.presenceId}:${clock}`;
        frame = awarenessFrame(client.presenceId, clock, {
          cursor: { anchor: clock, head: clock },
          user: { name: `load ${index}` },
        });
      }
      if (measuring) {
        const receivers = roommates.filter((other) => other.ws.readyState === WebSocket.OPEN).length;
        pending.set(key, { at: performance.now(), room: client.room, sender: index, left: receivers });
        sent++;
        expected += receivers;
      }
      client.ws.send(frame);
    };
    // Spread the senders over the interval, as real typists are not in step.
    const interval = 1000 / config.rate;
    const first = setTimeout(() => {
      tick();
      timers.push(setInterval(tick, interval));
    }, Math.random() * interval);
    timers.push(first);
  }
  return timers;
}

async function main(): Promise<void> {
  await connectAll();
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
  const timers = startSending();
  await new Promise((resolve) => setTimeout(resolve, config.warmupMs));
  measuring = true;
  await new Promise((resolve) => setTimeout(resolve, config.measureMs));
  measuring = false;
  await new Promise((resolve) => setTimeout(resolve, config.drainMs));
  for (const timer of timers) clearInterval(timer);
  const rounded = latencies.map((ms) => Math.round(ms * 100) / 100);
  finished = true;
  const result: WorkerResult = {
    latencies: rounded,
    sent,
    expected,
    delivered,
    connected: clients.length,
    closes: Object.fromEntries(closes),
  };
  for (const client of clients) client.ws.terminate();
  // Exit only once the result has left: stdout to a pipe is asynchronous.
  process.stdout.write(`result ${JSON.stringify(result)}\n`, () => process.exit(0));
}

main().catch((error: unknown) => {
  process.stderr.write(`worker failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
