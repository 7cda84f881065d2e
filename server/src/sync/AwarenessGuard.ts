import type { PresenceIdentity } from '@parley/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

export type AwarenessVerdict =
  /** `update` is null when nothing in the message was the connection's own presence. */
  | {
      readonly ok: true;
      readonly clientId: number | null;
      readonly update: Uint8Array | null;
      readonly ignored: number;
    }
  | { readonly ok: false; readonly reason: string };

/**
 * Checks one awareness message from a connection and rewrites it. A connection owns one awareness
 * client id: the first it sends that no other connection holds. Entries for other ids are dropped,
 * not applied: y-websocket's provider echoes every presence change it receives, so they are normal
 * traffic, but they never change another connection's state. In the connection's own state the
 * `user` field is replaced by the verified identity, so nobody appears under another name or role.
 */
export function guardAwarenessUpdate(
  update: Uint8Array,
  boundClientId: number | null,
  heldByAnother: (clientId: number) => boolean,
  identity: PresenceIdentity,
): AwarenessVerdict {
  const entries: { clientId: number; clock: number; state: string }[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 10_000) return { ok: false, reason: 'presence for too many clients' };
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) return { ok: false, reason: 'trailing bytes in presence' };
  } catch {
    return { ok: false, reason: 'unreadable presence update' };
  }
  const clientId = boundClientId ?? entries.find((entry) => !heldByAnother(entry.clientId))?.clientId ?? null;
  const own = entries.filter((entry) => entry.clientId === clientId);
  if (clientId === null || own.length === 0) return { ok: true, clientId, update: null, ignored: entries.length };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, own.length);
  for (const entry of own) {
    if (entry.state.length > MAX_AWARENESS_STATE_BYTES) {
      return { ok: false, reason: `presence state over ${MAX_AWARENESS_STATE_BYTES} bytes` };
    }
    let state: unknown;
    try {
      state = JSON.parse(entry.state);
    } catch {
      return { ok: false, reason: 'presence state is not JSON' };
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      return { ok: false, reason: 'presence state must be an object or null' };
    }
    const rewritten = state === null ? null : { ...(state as Record<string, unknown>), user: identity };
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(rewritten));
  }
  return { ok: true, clientId, update: encoding.toUint8Array(encoder), ignored: entries.length - own.length };
}
