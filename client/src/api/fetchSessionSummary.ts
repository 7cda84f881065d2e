import type { SessionSummary } from '@parley/shared';
import { sessionSummarySchema } from '@parley/shared';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/**
 * `GET /api/sessions/:id` with the participant's token: the session, its parties and who the server
 * says we are. It also tells why access is refused (401, 403, 404), which a WebSocket cannot.
 */
export function fetchSessionSummary(sessionId: string, token: string): Promise<ApiResult<SessionSummary>> {
  return requestJson('GET', `/api/sessions/${encodeURIComponent(sessionId)}`, undefined, sessionSummarySchema, token);
}
