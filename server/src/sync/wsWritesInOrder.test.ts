import { describe, expect, it } from 'vitest';
import { upgradedPair } from './upgradedSocket.testkit.ts';
import { wireFrame } from './wireFrame.ts';

/**
 * Broadcasts write prebuilt frames straight to the upgraded socket (SyncServer `sendWire`), beside the
 * frames `ws` writes itself. That keeps frames in order only while `ws` (8.23, no permessage-deflate)
 * writes each frame synchronously when it is sent. These fail if an upgrade of `ws` changes that.
 */
describe('ws writes its frames at once (what broadcasts rely on)', () => {
  it('ws.send, ping and close reach the socket before they return', async () => {
    const pair = await upgradedPair();
    const writes: number[] = [];
    const write = pair.socket.write.bind(pair.socket);
    pair.socket.write = ((chunk: Buffer, ...rest: never[]) => {
      writes.push(chunk.length);
      return write(chunk, ...rest);
    }) as typeof pair.socket.write;
    pair.server.send(Buffer.from([0, 1, 2]));
    expect(writes.length).toBeGreaterThan(0);
    const afterSend = writes.length;
    pair.server.ping();
    expect(writes.length).toBeGreaterThan(afterSend);
    const afterPing = writes.length;
    pair.server.close(1000);
    expect(writes.length).toBeGreaterThan(afterPing);
    pair.close();
  });

  it('frames from ws.send and prebuilt frames on the socket arrive in the order they were sent', async () => {
    const pair = await upgradedPair();
    const count = 400;
    const received: number[] = [];
    const all = new Promise<void>((resolve) =>
      pair.client.on('message', (data: Buffer) => {
        received.push(data.readUInt16BE(0));
        if (received.length === count) resolve();
      }),
    );
    for (let i = 0; i < count; i++) {
      const payload = Buffer.alloc(i % 3 === 0 ? 70_000 : 2);
      payload.writeUInt16BE(i, 0);
      if (i % 2 === 0) pair.server.send(payload);
      else pair.socket.write(wireFrame(payload));
    }
    await all;
    expect(received).toEqual(Array.from({ length: count }, (_v, i) => i));
    pair.close();
  });

  it('ws counts what was written straight to the socket in bufferedAmount (slow readers are still caught)', async () => {
    const pair = await upgradedPair();
    pair.client.pause();
    const big = wireFrame(new Uint8Array(8 * 1024 * 1024));
    pair.socket.write(big);
    expect(pair.server.bufferedAmount).toBeGreaterThan(0);
    pair.close();
  });
});
