import { onTestFinished } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { waitFor } from './waitFor.ts';

export interface ProviderClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly closes: { code: number; reason: string }[];
}

/**
 * The official y-websocket provider over `ws`, as a browser would use it; synced before it returns,
 * destroyed when the test finishes.
 */
export async function connectProvider(
  wsUrl: string,
  docName: string,
  params: Record<string, string> = {},
  options: { waitForSync?: boolean } = {},
): Promise<ProviderClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    params,
    // Node's `ws` is API-compatible with the browser WebSocket the provider expects.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Without this, providers in one process would sync through BroadcastChannel, bypassing the server.
    disableBc: true,
    maxBackoffTime: 200,
  });
  const closes: { code: number; reason: string }[] = [];
  provider.on('connection-close', (event) => {
    if (event) closes.push({ code: event.code, reason: event.reason });
  });
  onTestFinished(() => {
    provider.destroy();
    doc.destroy();
  });
  if (options.waitForSync ?? true) await waitFor(() => provider.synced, `provider for ${docName} to sync`);
  return { doc, provider, closes };
}
