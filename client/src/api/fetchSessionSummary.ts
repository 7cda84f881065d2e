import type { SessionSummary } from '@parley/shared';
import { roleSchema } from '@parley/shared';
import { isRecord } from './isRecord.ts';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/**
 * `GET /api/sessions/:id` with the participant's token: the session, its parties and who the server
 * says we are. It also tells why access is refused (401, 403, 404), which a WebSocket cannot.
 */
export function fetchSessionSummary(sessionId: string, token: string): Promise<ApiResult<SessionSummary>> {
  return requestJson('GET', `/api/sessions/${encodeURIComponent(sessionId)}`, undefined, parseSessionSummary, token);
}

function parseSessionSummary(value: unknown): SessionSummary | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') return null;
  if (!Array.isArray(value.parties) || !isRecord(value.you)) return null;
  const parties: SessionSummary['parties'][number][] = [];
  for (const party of value.parties) {
    if (!isRecord(party) || typeof party.id !== 'string' || typeof party.name !== 'string') return null;
    parties.push({ id: party.id, name: party.name, color: typeof party.color === 'string' ? party.color : '#555555' });
  }
  const { participantId, name } = value.you;
  const partyId = value.you.partyId ?? undefined;
  const role = roleSchema.safeParse(value.you.role);
  if (typeof participantId !== 'string' || typeof name !== 'string' || !role.success) return null;
  if (partyId !== undefined && typeof partyId !== 'string') return null;
  return {
    id: value.id,
    title: value.title,
    parties,
    you: { participantId, name, role: role.data, ...(partyId !== undefined ? { partyId } : {}) },
  };
}
