import type { Command, SessionId } from '@parley/shared';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/** What a command answers: `ok`, plus ids it created (clauseId, itemId, versionId …) or a new invite. */
export type CommandAnswer = { readonly ok: true } & Readonly<Record<string, unknown>>;

function parseAnswer(value: unknown): CommandAnswer | null {
  if (typeof value !== 'object' || value === null || !('ok' in value) || value.ok !== true) return null;
  return value as CommandAnswer;
}

/**
 * Sends one moderation command (`POST /api/sessions/:id/commands`). The server validates it, applies
 * it to the session's document, and every client sees the result through sync; a refusal comes back
 * as `{ ok: false, status, error }` with the server's reason, to show as it is.
 */
export function sendCommand(sessionId: SessionId, token: string, command: Command): Promise<ApiResult<CommandAnswer>> {
  return requestJson('POST', `/api/sessions/${sessionId}/commands`, command, parseAnswer, token);
}
