import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSessionRequestSchema } from '@parley/shared';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { ServerConfig } from '../config.ts';
import type { Logger } from '../log.ts';
import { createSession } from '../sessions/createSession.ts';
import type { Storage } from '../storage/Storage.ts';
import { HttpError } from './HttpError.ts';
import { readJsonBody, sendJson } from './json.ts';
import type { RateLimiter } from './RateLimiter.ts';

export interface ApiContext {
  readonly config: ServerConfig;
  readonly storage: Storage;
  readonly signer: TokenSigner;
  readonly log: Logger;
  readonly createLimiter: RateLimiter;
}

/** The origin links are built on: the address the creator reached us at. */
function baseUrl(request: IncomingMessage): string {
  const host = request.headers.host ?? 'localhost';
  return `http://${host}`;
}

function bearerToken(request: IncomingMessage): string | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/** `POST /api/sessions`: creates a session and answers with its invite links (DESIGN.md). */
export async function postSession(context: ApiContext, request: IncomingMessage, response: ServerResponse) {
  const { config } = context;
  if (config.createToken !== undefined) {
    if (bearerToken(request) !== config.createToken)
      throw new HttpError(401, 'creating a session needs the create token');
  } else if (!context.createLimiter.take(request.socket.remoteAddress ?? 'unknown')) {
    throw new HttpError(429, 'too many sessions created from this address; try again in a minute');
  }
  const body = await readJsonBody(request, createSessionRequestSchema, config.maxHttpBodyBytes);
  const created = createSession(body, context.storage, context.signer, baseUrl(request));
  context.log.info('session.created', { session: created.id, parties: created.parties.length });
  sendJson(response, 201, created);
}
