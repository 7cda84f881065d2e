import type { Participant, ParticipantId, PartyId, SessionId } from '@parley/shared';
import { roleSchema } from '@parley/shared';

/** Who this browser joined a session as: the identity the server issued, and the token that proves it. */
export interface StoredParticipant extends Participant {
  readonly token: string;
}

const storageKey = (sessionId: SessionId) => `parley:participant:${sessionId}`;

/** Where participants live when localStorage is unavailable: then a join lasts for this page only. */
const inMemory = new Map<SessionId, StoredParticipant>();

/**
 * The participant this browser joined the session as, if any. Kept in localStorage so that a reload,
 * a new tab or the next day's meeting opens the room without the invite again.
 */
export function readStoredParticipant(sessionId: SessionId): StoredParticipant | null {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(storageKey(sessionId));
  } catch {
    return inMemory.get(sessionId) ?? null;
  }
  if (raw === null) return inMemory.get(sessionId) ?? null;
  try {
    return parseStoredParticipant(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** Returns false when storage is unavailable (privacy modes): then the join lasts for this page only. */
export function storeParticipant(sessionId: SessionId, participant: StoredParticipant): boolean {
  inMemory.set(sessionId, participant);
  try {
    window.localStorage.setItem(storageKey(sessionId), JSON.stringify(participant));
    return true;
  } catch {
    return false;
  }
}

function parseStoredParticipant(value: unknown): StoredParticipant | null {
  if (typeof value !== 'object' || value === null) return null;
  const { token, participantId, name, partyId } = value as Record<string, unknown>;
  const role = roleSchema.safeParse((value as Record<string, unknown>).role);
  if (typeof token !== 'string' || typeof participantId !== 'string' || typeof name !== 'string') return null;
  if (!role.success || (partyId !== undefined && typeof partyId !== 'string')) return null;
  return {
    token,
    participantId: participantId as ParticipantId,
    role: role.data,
    name,
    ...(partyId !== undefined ? { partyId: partyId as PartyId } : {}),
  };
}
