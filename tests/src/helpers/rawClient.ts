import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { waitFor } from './waitFor.ts';

export interface CloseInfo {
  readonly code: number;
  readonly reason: string;
}

/**
 * A raw y-protocols client: the real wire protocol byte by byte, with no provider logic, so tests can
 * send exactly the frames they mean (hand-made updates, garbage, oversized frames).
 */
export class RawClient {
  /** The client's copy of the document, built only from what the server sent. */
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly closed: Promise<CloseInfo>;
  syncedFromServer = false;
  private closeInfo: CloseInfo | null = null;

  private constructor(readonly ws: WebSocket) {
    this.awareness.setLocalState(null);
    this.closed = new Promise((resolve) => {
      ws.on('close', (code, reason) => {
        this.closeInfo = { code, reason: reason.toString() };
        resolve(this.closeInfo);
      });
    });
    ws.on('message', (data: Buffer) => this.receive(new Uint8Array(data)));
  }

  /** Opens a connection; rejects with the HTTP status if the upgrade is refused. */
  static connect(wsUrl: string, docName: string, token?: string): Promise<RawClient> {
    const url = `${wsUrl}/${docName}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
    const ws = new WebSocket(url);
    onTestFinished(() => ws.terminate());
    return new Promise((resolve, reject) => {
      ws.once('open', () => resolve(new RawClient(ws)));
      ws.once('unexpected-response', (_request, response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on('end', () => reject(new UpgradeRefused(response.statusCode ?? 0, body)));
      });
      ws.once('error', (error) => reject(error));
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** The close, or a failure naming `what` if the server has not closed the connection in time. */
  async closedWithin(timeoutMs: number, what: string): Promise<CloseInfo> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the server did not close the connection: ${what}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.closed, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  get closedWith(): CloseInfo | null {
    return this.closeInfo;
  }

  send(frame: Uint8Array): void {
    this.ws.send(frame);
  }

  sendSyncStep1(): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc));
    this.send(encoding.toUint8Array(encoder));
  }

  sendUpdate(update: Uint8Array, syncType: 1 | 2 = 2): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, syncType);
    encoding.writeVarUint8Array(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  sendAwareness(update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, update);
    this.send(encoding.toUint8Array(encoder));
  }

  /** Sends step 1 and waits until the server's step 2 has been applied to `doc`. */
  async sync(): Promise<void> {
    this.sendSyncStep1();
    await waitFor(() => this.syncedFromServer, 'sync step 2 from the server');
  }

  private receive(frame: Uint8Array): void {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    if (type === 0) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === 0) {
        // Answer the server's step 1 as a provider would, so it learns what we hold.
        this.sendUpdate(Y.encodeStateAsUpdate(this.doc, payload), 1);
      } else {
        Y.applyUpdate(this.doc, payload, 'server');
        if (syncType === 1) this.syncedFromServer = true;
      }
    } else if (type === 1) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, decoding.readVarUint8Array(decoder), 'server');
    }
  }

  close(): void {
    this.ws.close();
  }
}

export class UpgradeRefused extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`upgrade refused with ${status}: ${body}`);
  }
}
