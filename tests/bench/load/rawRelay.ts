import http from 'node:http';
import type { WebSocket } from 'ws';
import { WebSocketServer } from 'ws';

/**
 * The raw relay floor: a `ws` server that forwards each frame's bytes to the other sockets of the
 * same path (room), with no Yjs, no storage and no checks. What the machine can do at all.
 */
const rooms = new Map<string, Set<WebSocket>>();
const server = http.createServer((_request, response) => response.end('floor'));
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on('connection', (ws, request) => {
  const room = request.url ?? '/';
  const peers = rooms.get(room) ?? new Set<WebSocket>();
  rooms.set(room, peers);
  peers.add(ws);
  ws.on('message', (data, isBinary) => {
    for (const peer of peers) if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
  });
  ws.on('close', () => {
    peers.delete(ws);
    if (peers.size === 0) rooms.delete(room);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`listening on ${port}\n`);
});
