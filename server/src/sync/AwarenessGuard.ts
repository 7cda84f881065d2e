import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The identity the server writes into a connection's presence, whatever the client claimed. */
export interface PresenceIdentity {
  readonly participantId: string;
  readonly name: string;
  readonly role: string;
  readonly partyId: string | null;
  readonly color: string;
}

export const MAX_AWARENESS_STATE_BYTES = 16 * 1024;

export type AwarenessVerdict =
  | { readonly ok: true; readonly clientId: number; readonly update: Uint8Array }
  | { readonly ok: false; readonly kind: 'malformed' | 'forbidden'; readonly reason: string };

/**
 * Checks one awareness update from a connection and rewrites it: it may only carry the connection's
 * own awareness client id (the first one it used), and the `user` field is replaced by the verified
 * identity so nobody can appear under another name, role or party.
 */
export function guardAwarenessUpdate(
  update: Uint8Array,
  boundClientId: number | null,
  identity: PresenceIdentity,
): AwarenessVerdict {
  const entries: { clientId: number; clock: number; state: string }[] = [];
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > 16) return { ok: false, kind: 'forbidden', reason: 'presence for several clients' };
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      entries.push({ clientId, clock, state });
    }
    if (decoding.hasContent(decoder)) return { ok: false, kind: 'malformed', reason: 'trailing bytes in presence' };
  } catch {
    return { ok: false, kind: 'malformed', reason: 'unreadable presence update' };
  }
  const first = entries[0];
  if (first === undefined) return { ok: false, kind: 'malformed', reason: 'empty presence update' };
  const clientId = boundClientId ?? first.clientId;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    if (entry.clientId !== clientId) return { ok: false, kind: 'forbidden', reason: 'presence of another client' };
    if (entry.state.length > MAX_AWARENESS_STATE_BYTES) {
      return { ok: false, kind: 'malformed', reason: `presence state over ${MAX_AWARENESS_STATE_BYTES} bytes` };
    }
    let state: unknown;
    try {
      state = JSON.parse(entry.state);
    } catch {
      return { ok: false, kind: 'malformed', reason: 'presence state is not JSON' };
    }
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      return { ok: false, kind: 'malformed', reason: 'presence state must be an object or null' };
    }
    const rewritten = state === null ? null : { ...(state as Record<string, unknown>), user: identity };
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(rewritten));
  }
  return { ok: true, clientId, update: encoding.toUint8Array(encoder) };
}
