import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The y-websocket frames a load client sends and reads, written by hand to stay cheap at hundreds of clients. */
export function syncFrame(syncType: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

export type Incoming =
  | { readonly kind: 'syncStep1'; readonly payload: Uint8Array }
  | { readonly kind: 'syncStep2'; readonly payload: Uint8Array }
  /** A relayed update: the first struct's id identifies the keystroke. */
  | { readonly kind: 'update'; readonly client: number; readonly clock: number; readonly payload: Uint8Array }
  | { readonly kind: 'awareness'; readonly entries: readonly { client: number; clock: number }[] }
  | { readonly kind: 'other' };

export function readFrame(frame: Uint8Array): Incoming {
  const decoder = decoding.createDecoder(frame);
  const type = decoding.readVarUint(decoder);
  if (type === 0) {
    const syncType = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (syncType === 0) return { kind: 'syncStep1', payload };
    if (syncType === 1) return { kind: 'syncStep2', payload };
    const update = decoding.createDecoder(payload);
    const blocks = decoding.readVarUint(update);
    if (blocks === 0) return { kind: 'other' };
    decoding.readVarUint(update);
    const client = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    return { kind: 'update', client, clock, payload };
  }
  if (type === 1) {
    const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(inner);
    const entries: { client: number; clock: number }[] = [];
    for (let i = 0; i < count; i++) {
      const client = decoding.readVarUint(inner);
      const clock = decoding.readVarUint(inner);
      decoding.readVarString(inner);
      entries.push({ client, clock });
    }
    return { kind: 'awareness', entries };
  }
  return { kind: 'other' };
}
