import { describe, expect, it } from 'vitest';
import { upgradedPair } from './upgradedSocket.testkit.ts';
import { wireFrame } from './wireFrame.ts';

describe('wireFrame', () => {
  it.each([0, 5, 125, 126, 1000, 65_535, 65_536, 200_000])(
    'a %i-byte payload arrives intact at a ws client',
    async (size) => {
      const payload = Uint8Array.from({ length: size }, (_v, i) => i % 251);
      const pair = await upgradedPair();
      const received = new Promise<{ data: Buffer; binary: boolean }>((resolve) =>
        pair.client.on('message', (data: Buffer, binary) => resolve({ data, binary })),
      );
      pair.socket.write(wireFrame(payload));
      const { data, binary } = await received;
      expect(binary).toBe(true);
      expect(new Uint8Array(data)).toEqual(payload);
      pair.close();
    },
  );
});
