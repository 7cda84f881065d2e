// A small TCP load balancer for trying a Parley cluster out on one machine (`pnpm cluster`), with
// session affinity: every connection whose first request names a session (`/sync/<session>…`,
// `/api/sessions/<session>…`) goes to the same server, so that session's clients most likely meet on
// the server that owns it; anything else goes round robin. A server that refuses the connection is
// skipped for the next one. It reads only the first request line, then pipes bytes both ways, so
// HTTP, keep-alive and WebSocket upgrades pass through untouched (a keep-alive connection stays with
// the server its first request chose: any Parley server answers any call, only less locally).
//
// Plain Node (`net`, `crypto`), no dependency: http-proxy and friends parse and rewrite HTTP, which
// this does not need, and a production deployment uses HAProxy anyway (deploy/haproxy.cfg).
import { createHash } from 'node:crypto';
import net from 'node:net';

/** A first request line longer than this is not HTTP we route: refused rather than buffered forever. */
const MAX_REQUEST_LINE_BYTES = 16 * 1024;
/** A client that connects and says nothing is dropped after this long. */
const FIRST_LINE_TIMEOUT_MS = 10_000;
/** A backend that neither accepts nor refuses (a dead host) is given up for the next after this long. */
const CONNECT_TIMEOUT_MS = 2_000;

/**
 * The session a request target names, or null: `/sync/<session>[/room…][?…]` and
 * `/api/sessions/<session>[/…][?…]`. The lease covers a session with all its rooms, so the rooms
 * (`<session>/caucus/<party>`) hash as their session does.
 */
export function sessionOfTarget(target) {
  let path = target;
  // Absolute form (`GET http://host/path HTTP/1.1`), as proxies send it.
  if (/^https?:\/\//i.test(path)) {
    try {
      path = new URL(path).pathname;
    } catch {
      return null;
    }
  }
  path = path.split('?')[0] ?? '';
  let decoded;
  try {
    // y-websocket does not encode the document name, but a client may (`%2F` for the room's slashes).
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  const match = /^\/(?:sync|api\/sessions)\/([^/]+)/.exec(decoded);
  return match?.[1] ?? null;
}

/**
 * The backends in the order to try them for `key`: rendezvous (highest random weight) hashing, so a
 * key always prefers the same backend, and when that one is down its keys spread over the others
 * while every other key stays where it was.
 */
export function preferenceOrder(key, backends) {
  const weight = (backend) => createHash('sha1').update(`${backend.id}\0${key}`).digest().readUIntBE(0, 6);
  return backends
    .map((backend) => ({ backend, weight: weight(backend) }))
    .sort((a, b) => b.weight - a.weight)
    .map((entry) => entry.backend);
}

/**
 * Starts the balancer on `host:port` (port 0: any free one) in front of `backends`
 * (`[{id, host, port}]`). `onRoute({session, backend, target})` is told where each connection went
 * (backend null: none would take it). Resolves once it listens.
 */
export async function startLoadBalancer({ port, host = '127.0.0.1', backends, onRoute = () => {} }) {
  if (backends.length === 0) throw new Error('the load balancer needs at least one backend');
  let nextRoundRobin = 0;
  const open = new Set();

  const roundRobinOrder = () => {
    const start = nextRoundRobin++ % backends.length;
    return [...backends.slice(start), ...backends.slice(0, start)];
  };

  /** Connects to the first backend in `order` that accepts; null when none does. */
  const connectFirst = async (order) => {
    for (const backend of order) {
      const socket = await connectTo(backend);
      if (socket) return { backend, socket };
    }
    return null;
  };

  const route = async (client, head) => {
    const line = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
    const target = line.split(' ')[1] ?? '';
    const session = sessionOfTarget(target);
    const order = session === null ? roundRobinOrder() : preferenceOrder(session, backends);
    const chosen = await connectFirst(order);
    onRoute({ session, target, backend: chosen?.backend ?? null });
    if (client.destroyed) {
      chosen?.socket.destroy();
      return;
    }
    if (!chosen) {
      const body = JSON.stringify({ error: 'no Parley server is reachable; try again shortly' });
      client.end(
        'HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 1\r\n' +
          `Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      return;
    }
    const backend = chosen.socket;
    track(backend);
    backend.write(head);
    client.pipe(backend);
    backend.pipe(client);
    // Either side failing or closing ends the pair: no half of a connection is left behind.
    client.on('error', () => backend.destroy());
    backend.on('error', () => client.destroy());
    client.on('close', () => backend.destroy());
    backend.on('close', () => client.destroy());
    client.resume();
  };

  const track = (socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
  };

  // allowHalfOpen: a client that sends its request and then shuts its sending side (FIN) still gets
  // the answer; the end is passed on to the backend by pipe(), and the pair closes when both are done.
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    track(client);
    client.setNoDelay(true);
    let head = Buffer.alloc(0);
    const timer = setTimeout(() => client.destroy(), FIRST_LINE_TIMEOUT_MS);
    const onData = (chunk) => {
      head = Buffer.concat([head, chunk]);
      if (head.includes('\r\n')) {
        clearTimeout(timer);
        client.off('data', onData);
        // Until the backend is connected, nothing more is read (it would be lost).
        client.pause();
        route(client, head).catch(() => client.destroy());
      } else if (head.length > MAX_REQUEST_LINE_BYTES) {
        clearTimeout(timer);
        client.end('HTTP/1.1 414 URI Too Long\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      }
    };
    client.on('data', onData);
    client.on('error', () => clearTimeout(timer));
    client.on('close', () => clearTimeout(timer));
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: boundPort,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`,
    /** Stops listening and drops every open connection (WebSockets included). */
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        for (const socket of open) socket.destroy();
      });
    },
  };
}

/** A connected socket to `backend`, or null if it refuses, fails or does not answer in time. */
function connectTo(backend) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: backend.host, port: backend.port, allowHalfOpen: true });
    const give = (result) => {
      clearTimeout(timer);
      socket.off('error', onError);
      resolve(result);
    };
    const onError = () => {
      socket.destroy();
      give(null);
    };
    const timer = setTimeout(onError, CONNECT_TIMEOUT_MS);
    socket.once('error', onError);
    socket.once('connect', () => {
      socket.setNoDelay(true);
      // Until the caller attaches its own: an error in between must not crash the process.
      socket.on('error', () => {});
      give(socket);
    });
  });
}
