import type { CreateSessionRequest, CreateSessionResponse, Invite } from '@parley/shared';
import { isRecord } from './isRecord.ts';
import type { ApiResult } from './requestJson.ts';
import { requestJson } from './requestJson.ts';

/** `POST /api/sessions`: creates a session and returns its invites (mediator, observer, one per party). */
export function createSession(request: CreateSessionRequest): Promise<ApiResult<CreateSessionResponse>> {
  return requestJson('POST', '/api/sessions', request, parseCreateSessionResponse);
}

function parseCreateSessionResponse(value: unknown): CreateSessionResponse | null {
  if (!isRecord(value) || typeof value.id !== 'string' || typeof value.title !== 'string') return null;
  const { parties, invites } = value;
  if (!Array.isArray(parties) || !isRecord(invites) || !isRecord(invites.parties)) return null;
  const partyList: { id: string; name: string }[] = [];
  for (const party of parties) {
    if (!isRecord(party) || typeof party.id !== 'string' || typeof party.name !== 'string') return null;
    partyList.push({ id: party.id, name: party.name });
  }
  const mediator = parseInvite(invites.mediator);
  const observer = parseInvite(invites.observer);
  if (!mediator || !observer) return null;
  const partyInvites: Record<string, Invite> = {};
  for (const [partyId, invite] of Object.entries(invites.parties)) {
    const parsed = parseInvite(invite);
    if (!parsed) return null;
    partyInvites[partyId] = parsed;
  }
  return {
    id: value.id,
    title: value.title,
    parties: partyList,
    invites: { mediator, observer, parties: partyInvites },
  };
}

function parseInvite(value: unknown): Invite | null {
  if (!isRecord(value) || typeof value.token !== 'string' || typeof value.url !== 'string') return null;
  return { token: value.token, url: value.url };
}
