import type { JoinRequest, JoinResponse } from '@parley/shared';
import { roleSchema } from '@parley/shared';
import { isRecord } from './isRecord.ts';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/** `POST /api/sessions/:id/join`: trades an invite and a name for a personal participant token. */
export function joinSession(sessionId: string, request: JoinRequest): Promise<ApiResult<JoinResponse>> {
  return requestJson('POST', `/api/sessions/${encodeURIComponent(sessionId)}/join`, request, parseJoinResponse);
}

function parseJoinResponse(value: unknown): JoinResponse | null {
  if (!isRecord(value) || typeof value.participantId !== 'string' || typeof value.token !== 'string') return null;
  const role = roleSchema.safeParse(value.role);
  if (!role.success) return null;
  const partyId = value.partyId ?? undefined;
  if (partyId !== undefined && typeof partyId !== 'string') return null;
  return {
    participantId: value.participantId,
    token: value.token,
    role: role.data,
    ...(partyId !== undefined ? { partyId } : {}),
  };
}
