import type { IncomingMessage } from 'node:http';

/**
 * The address of the client behind a request, for the per-address limits (connections, joins,
 * session creation). Behind a load balancer every socket comes from the balancer, so a request from
 * a trusted proxy (`PARLEY_TRUSTED_PROXIES`) is taken to be from the address that proxy appended last
 * to `X-Forwarded-For`; a request another server of the cluster forwarded is from the address that
 * server vouched for (signed, `cluster/forwardedFrom.ts`). Anything else is from its socket.
 */
const noted = new WeakMap<IncomingMessage, string>();

/** IPv4 clients of a dual-stack socket show as `::ffff:a.b.c.d`; the limits count them as `a.b.c.d`. */
export function plainAddress(address: string): string {
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** Works out (and remembers) who is behind a request as it arrives. */
export function noteClientAddress(request: IncomingMessage, trustedProxies: ReadonlySet<string>): string {
  const socketAddress = plainAddress(request.socket.remoteAddress ?? 'unknown');
  let address = socketAddress;
  const forwardedFor = request.headers['x-forwarded-for'];
  if (trustedProxies.has(socketAddress) && forwardedFor !== undefined) {
    // The last entry is the one the trusted proxy wrote; earlier ones came from the client and prove nothing.
    const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor).split(',');
    const last = entries.at(-1)?.trim();
    if (last) address = plainAddress(last);
  }
  noted.set(request, address);
  return address;
}

/** A cluster peer vouched for the client's address (its signature checked). */
export function vouchForClientAddress(request: IncomingMessage, address: string): void {
  noted.set(request, address);
}

export function clientAddress(request: IncomingMessage): string {
  return noted.get(request) ?? plainAddress(request.socket.remoteAddress ?? 'unknown');
}
