import http from 'node:http';
import { FORWARDED_HEADER } from './forwardedFrom.ts';

/**
 * Hands an HTTP request to the server that owns its session and streams the answer back. The request
 * body is not read until the owner is connected, so when the owner cannot be reached the promise
 * rejects with the request untouched, and this server may still answer it itself.
 */
export function forwardRequest(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  ownerUrl: string,
  forwardedValue: string,
): Promise<void> {
  const target = new URL(ownerUrl);
  const headers: http.OutgoingHttpHeaders = { ...request.headers, [FORWARDED_HEADER]: forwardedValue };
  return new Promise((resolve, reject) => {
    let connected = false;
    const upstream = http.request({
      host: target.hostname,
      port: Number(target.port || 80),
      method: request.method,
      path: request.url,
      headers,
      // A connection of its own: its 'connect' says the owner is there before the body is read.
      agent: false,
    });
    upstream.on('socket', (socket) => {
      socket.setNoDelay(true);
      socket.once('connect', () => {
        connected = true;
        request.pipe(upstream);
      });
    });
    upstream.on('response', (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
      answer.on('end', () => resolve());
      answer.on('error', (error) => {
        response.destroy(error);
        resolve();
      });
    });
    upstream.on('error', (error) => {
      if (!connected) {
        reject(error);
        return;
      }
      // The owner went away mid-answer: the client sees a dropped connection and may try again.
      response.destroy(error);
      resolve();
    });
  });
}
