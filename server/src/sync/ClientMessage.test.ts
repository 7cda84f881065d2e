import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { MalformedMessageError, parseClientMessage } from './ClientMessage.ts';

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

describe('parseClientMessage', () => {
  it('parses every message type of the y-websocket protocol', () => {
    const payload = Uint8Array.from([1, 2, 3]);
    const sync = (type: number) =>
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, type);
        encoding.writeVarUint8Array(e, payload);
      });
    expect(parseClientMessage(sync(0))).toEqual({ type: 'syncStep1', stateVector: payload });
    expect(parseClientMessage(sync(1))).toEqual({ type: 'syncStep2', update: payload });
    expect(parseClientMessage(sync(2))).toEqual({ type: 'update', update: payload });
    expect(
      parseClientMessage(
        frame((e) => {
          encoding.writeVarUint(e, 1);
          encoding.writeVarUint8Array(e, payload);
        }),
      ),
    ).toEqual({ type: 'awareness', update: payload });
    expect(parseClientMessage(Uint8Array.from([3]))).toEqual({ type: 'queryAwareness' });
  });

  it.each([
    ['an empty frame', []],
    ['an unknown message type', [7]],
    ['an unknown sync type', [0, 9, 0]],
    ['a truncated varint', [0, 0x80]],
    ['a length prefix beyond the frame', [0, 2, 0xff, 0xff, 0x03, 1, 2]],
    ['trailing bytes', [0, 2, 1, 5, 99]],
    ['a query with trailing bytes', [3, 0]],
  ])('refuses %s', (_what, bytes) => {
    expect(() => parseClientMessage(Uint8Array.from(bytes))).toThrow(MalformedMessageError);
  });
});
