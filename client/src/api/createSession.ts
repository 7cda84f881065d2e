import type { CreateSessionRequest, CreateSessionResponse } from '@parley/shared';
import { createSessionResponseSchema } from '@parley/shared';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/** `POST /api/sessions`: creates a session and returns its invites (mediator, observer, one per party). */
export function createSession(request: CreateSessionRequest): Promise<ApiResult<CreateSessionResponse>> {
  return requestJson('POST', '/api/sessions', request, createSessionResponseSchema);
}
