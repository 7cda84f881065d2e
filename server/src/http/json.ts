import type { IncomingMessage, ServerResponse } from 'node:http';
import { describeValidationError } from '@parley/shared';
import type { z } from 'zod';
import { Refusal } from '../domain/Refusal.ts';

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/** Reads a JSON body of at most `limit` bytes and validates it; 413, 415 and 400 otherwise. */
export async function readJsonBody<T>(request: IncomingMessage, schema: z.ZodType<T>, limit: number): Promise<T> {
  const type = request.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new Refusal('unsupported', 'expected Content-Type: application/json');
  }
  const declared = Number(request.headers['content-length'] ?? '0');
  if (declared > limit) throw new Refusal('tooLarge', `body too large (limit ${limit} bytes)`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Refusal('tooLarge', `body too large (limit ${limit} bytes)`);
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal('invalid', 'body is not valid JSON');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new Refusal('invalid', describeValidationError(parsed.error));
  return parsed.data;
}
