import type { IncomingMessage } from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { FORWARDED_HEADER } from './forwardedFrom.ts';

/**
 * Hands a WebSocket upgrade to the server that owns its session, at the TCP level: the request is
 * written again (with the forwarding header) to the owner, and from then on bytes are piped both
 * ways without being parsed. The owner authenticates, answers the handshake and runs the protocol;
 * this server adds one socket hop and no per-message work. Resolves with the upstream socket once it
 * is connected; rejects (the client's socket untouched) when the owner cannot be reached.
 */
export function forwardUpgrade(
  request: IncomingMessage,
  client: Duplex,
  head: Buffer,
  ownerUrl: string,
  forwardedValue: string,
): Promise<net.Socket> {
  const target = new URL(ownerUrl);
  return new Promise((resolve, reject) => {
    const upstream = net.connect({ host: target.hostname, port: Number(target.port || 80) });
    upstream.setNoDelay(true);
    const failed = (error: Error) => reject(error);
    upstream.once('error', failed);
    upstream.once('connect', () => {
      upstream.off('error', failed);
      if (client instanceof net.Socket) client.setNoDelay(true);
      upstream.write(requestHead(request, forwardedValue));
      if (head.length > 0) upstream.write(head);
      client.pipe(upstream);
      upstream.pipe(client);
      // A failure on either side drops both. An orderly end is passed on (`pipe` ends the other side)
      // and the socket closes once its last bytes are out: destroying it at once could cut off the
      // owner's close frame (the client would see 1006 instead of, say, 4500).
      const drop = () => {
        client.destroy();
        upstream.destroy();
      };
      upstream.on('error', drop);
      client.on('error', drop);
      upstream.on('close', () => {
        if (!client.destroyed) client.end();
      });
      client.on('close', () => {
        if (!upstream.destroyed) upstream.end();
      });
      resolve(upstream);
    });
  });
}

/** The request line and headers as received (raw, in order), with our forwarding header instead of any sent. */
function requestHead(request: IncomingMessage, forwardedValue: string): string {
  const lines = [`${request.method ?? 'GET'} ${request.url ?? '/'} HTTP/1.1`];
  const raw = request.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i] ?? '';
    if (name.toLowerCase() === FORWARDED_HEADER) continue;
    lines.push(`${name}: ${raw[i + 1] ?? ''}`);
  }
  lines.push(`${FORWARDED_HEADER}: ${forwardedValue}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}
