import type { JoinRequest, JoinResponse } from '@parley/shared';
import { joinResponseSchema } from '@parley/shared';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/** `POST /api/sessions/:id/join`: trades an invite and a name for a personal participant token. */
export function joinSession(sessionId: string, request: JoinRequest): Promise<ApiResult<JoinResponse>> {
  return requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/join`, request, joinResponseSchema);
}
