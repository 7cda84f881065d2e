import http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';

/**
 * A `ws` server set up as SyncServer sets up its own (no server of its own, no permessage-deflate),
 * with one client connected: the server side's WebSocket and the socket it was upgraded on.
 */
export async function upgradedPair(): Promise<{
  server: WebSocket;
  socket: Duplex;
  client: WebSocket;
  close: () => void;
}> {
  const http1 = http.createServer();
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const accepted = new Promise<{ server: WebSocket; socket: Duplex }>((resolve) =>
    http1.on('upgrade', (request, socket, head) =>
      wss.handleUpgrade(request, socket, head, (server) => resolve({ server, socket })),
    ),
  );
  await new Promise<void>((resolve) => http1.listen(0, '127.0.0.1', resolve));
  const address = http1.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const client = new WebSocket(`ws://127.0.0.1:${port}`);
  const { server, socket } = await accepted;
  await new Promise((resolve) => client.once('open', resolve));
  return {
    server,
    socket,
    client,
    close: () => {
      client.terminate();
      wss.close();
      http1.close();
    },
  };
}
