import http from 'node:http';
import { expect, onTestFinished } from 'vitest';
import { WebSocketServer } from 'ws';

/**
 * A stand-in for a Parley server behind a load balancer (tests/src/cluster/): an HTTP server on a
 * free port answering every request with its name and the URL it got, counting `GET /healthz`
 * (health checks), and echoing WebSocket messages, text ones prefixed with `<name>:<url>:`.
 * Stopped when the test finishes.
 */
export interface EchoBackend {
  readonly id: string;
  readonly host: string;
  readonly port: number;
  /** Health checks (`GET /healthz`) received so far. */
  healthChecks(): number;
  /** Stops listening and drops its connections: its port then refuses. */
  stop(): Promise<void>;
}

export async function startEchoBackend(id: string): Promise<EchoBackend> {
  let healthChecks = 0;
  const server = http.createServer((request, response) => {
    if (request.url === '/healthz') healthChecks += 1;
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ backend: id, url: request.url }));
  });
  const sockets = new WebSocketServer({ server });
  sockets.on('connection', (socket, request) => {
    socket.on('message', (data, isBinary) => {
      socket.send(isBinary ? data : `${id}:${request.url}:${String(data)}`, { binary: isBinary });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('backend has no port');
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const client of sockets.clients) client.terminate();
    sockets.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  onTestFinished(stop);
  return { id, host: '127.0.0.1', port: address.port, healthChecks: () => healthChecks, stop };
}

export interface Answer {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** One GET on a connection of its own (no keep-alive pool), as a new browser connection would be. */
export function getOnNewConnection(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      })
      .on('error', reject);
  });
}

/** The name of the echo backend that answered a GET of `url` (which must succeed). */
export async function backendOf(url: string): Promise<string> {
  const answer = await getOnNewConnection(url);
  expect(answer.status, `${url}: ${answer.body}`).toBe(200);
  const parsed: unknown = JSON.parse(answer.body);
  if (typeof parsed !== 'object' || parsed === null || !('backend' in parsed) || typeof parsed.backend !== 'string') {
    throw new Error(`not a backend's answer: ${answer.body}`);
  }
  return parsed.backend;
}

/** Test sessions' ids, as many as asked. */
export const sessionIds = (count: number): string[] => Array.from({ length: count }, (_, index) => `session${index}x`);

/** The paths that name one session: its plenary, two rooms (one with the slash encoded), and the API. */
export const pathsOfSession = (session: string): string[] => [
  `/sync/${session}?token=t`,
  `/sync/${session}/caucus/partyone`,
  `/sync/${encodeURIComponent(`${session}/mediator`)}`,
  `/api/sessions/${session}`,
  `/api/sessions/${session}/commands`,
];
