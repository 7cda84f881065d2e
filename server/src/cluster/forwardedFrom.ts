import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { vouchForClientAddress } from '../net/clientAddress.ts';

/**
 * A request one server forwards to another carries this header: the forwarding server's id and the
 * client's address, signed with the cluster's shared secret. The owner then counts the client's
 * address (not the forwarder's) against its limits, and never forwards the request again.
 */
export const FORWARDED_HEADER = 'x-parley-forwarded';

export interface Forwarding {
  readonly serverId: string;
  readonly address: string;
}

function signature(secret: Buffer, serverId: string, address: string): string {
  return crypto.createHmac('sha256', secret).update(`${serverId}\n${address}`).digest('base64url');
}

/** The header's value for a request forwarded by `serverId` on behalf of a client at `address`. */
export function forwardedHeaderValue(secret: Buffer, serverId: string, address: string): string {
  return `${encodeURIComponent(serverId)};${encodeURIComponent(address)};${signature(secret, serverId, address)}`;
}

const verified = new WeakMap<IncomingMessage, Forwarding | null>();

/** Who forwarded the request, if another server of this cluster did (the signature holds); else null. */
export function forwardingOf(request: IncomingMessage, secret: Buffer): Forwarding | null {
  if (verified.has(request)) return verified.get(request) ?? null;
  const header = request.headers[FORWARDED_HEADER];
  let forwarding: Forwarding | null = null;
  if (typeof header === 'string') {
    const [id, address, signed] = header.split(';');
    if (id !== undefined && address !== undefined && signed !== undefined) {
      try {
        const serverId = decodeURIComponent(id);
        const client = decodeURIComponent(address);
        const expected = Buffer.from(signature(secret, serverId, client));
        const given = Buffer.from(signed);
        if (expected.length === given.length && crypto.timingSafeEqual(expected, given)) {
          forwarding = { serverId, address: client };
        }
      } catch {
        // Not percent-encoded as we write it: not ours.
      }
    }
  }
  verified.set(request, forwarding);
  if (forwarding !== null) vouchForClientAddress(request, forwarding.address);
  return forwarding;
}
