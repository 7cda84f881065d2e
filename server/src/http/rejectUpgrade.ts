import type { Duplex } from 'node:stream';
import type { Refusal } from '../domain/Refusal.ts';
import { refusalStatus } from './refusalStatus.ts';

const STATUS_TEXT: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
};

/** Refusal at the HTTP upgrade: a status a client can read, with the same JSON error as the API. */
export function rejectUpgrade(socket: Duplex, refusal: Refusal): void {
  const status = refusalStatus(refusal.kind);
  const body = JSON.stringify({ error: refusal.message });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
