import type { Command, CommandAnswer, SessionId } from '@parley/shared';
import { commandAnswerSchema } from '@parley/shared';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/**
 * Sends one moderation command (`POST /api/sessions/:id/commands`). The server validates it, applies
 * it to the session's document, and every client sees the result through sync; a refusal comes back
 * as `{ ok: false, status, error }` with the server's reason, to show as it is.
 */
export function sendCommand(sessionId: SessionId, token: string, command: Command): Promise<ApiResult<CommandAnswer>> {
  return requestJson('POST', `/api/sessions/${sessionId}/commands`, command, commandAnswerSchema, token);
}
