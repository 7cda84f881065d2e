import { plenaryRoots, readClausesInOrder } from '@parley/shared';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { readFrame, syncFrame } from '../load/wire.ts';

/**
 * A y-protocols client written by hand (as the load generator's), for timing single edits: it syncs,
 * types one character at a time into the session's first clause, and says when an edit, known by its
 * first struct's id, arrives.
 */
export class RawSyncClient {
  private readonly doc = new Y.Doc();
  private readonly waiting = new Map<string, (at: number) => void>();
  /** Size of the last sync frame this client sent: what one keystroke weighs on the wire. */
  lastFrameBytes = 0;

  private constructor(private readonly ws: WebSocket) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'server') return;
      const frame = syncFrame(2, update);
      this.lastFrameBytes = frame.byteLength;
      ws.send(frame);
    });
  }

  /** Connects to `${syncUrl}/${docName}` and resolves once synced. */
  static connect(syncUrl: string, docName: string, token: string): Promise<RawSyncClient> {
    const ws = new WebSocket(`${syncUrl}/${docName}?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
    const client = new RawSyncClient(ws);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no sync from ${syncUrl} within 20 s`)), 20_000);
      ws.on('error', reject);
      ws.on('open', () => ws.send(syncFrame(0, Y.encodeStateVector(client.doc))));
      ws.on('message', (data: Buffer) => {
        const message = readFrame(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
        if (message.kind === 'syncStep1') {
          ws.send(syncFrame(1, Y.encodeStateAsUpdate(client.doc, message.payload)));
        } else if (message.kind === 'syncStep2') {
          Y.applyUpdate(client.doc, message.payload, 'server');
          clearTimeout(timer);
          resolve(client);
        } else if (message.kind === 'update') {
          const at = performance.now();
          Y.applyUpdate(client.doc, message.payload, 'server');
          const key = `${message.client}:${message.clock}`;
          client.waiting.get(key)?.(at);
          client.waiting.delete(key);
        }
      });
    });
  }

  /** Types one character into the first clause; answers the edit's key. */
  type(): string {
    const clause = readClausesInOrder(plenaryRoots(this.doc))[0];
    const paragraph = clause?.body.get(0);
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('the session has no clause to type into');
    const key = `${this.doc.clientID}:${Y.getState(this.doc.store, this.doc.clientID)}`;
    text.insert(text.length, 'x');
    return key;
  }

  /** Resolves with the arrival time (performance.now()) of the edit `key`. Call before the edit is sent. */
  arrival(key: string, timeoutMs = 5_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`edit ${key} did not arrive within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(key, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  close(): void {
    this.ws.terminate();
  }
}
