import { describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { wireFrame } from './wireFrame.ts';

describe('wireFrame', () => {
  it.each([0, 5, 125, 126, 1000, 65_535, 65_536, 200_000])(
    'a %i-byte payload arrives intact at a ws client',
    async (size) => {
      const payload = Uint8Array.from({ length: size }, (_v, i) => i % 251);
      const server = new WebSocketServer({ port: 0 });
      const port = await new Promise<number>((resolve) =>
        server.on('listening', () => resolve((server.address() as { port: number }).port)),
      );
      server.on('connection', (ws) =>
        (ws as unknown as { _socket: { write(b: Buffer): void } })._socket.write(wireFrame(payload)),
      );
      const client = new WebSocket(`ws://127.0.0.1:${port}`);
      const received = await new Promise<{ data: Buffer; binary: boolean }>((resolve) =>
        client.on('message', (data: Buffer, binary) => resolve({ data, binary })),
      );
      expect(received.binary).toBe(true);
      expect(new Uint8Array(received.data)).toEqual(payload);
      client.close();
      server.close();
    },
  );
});
