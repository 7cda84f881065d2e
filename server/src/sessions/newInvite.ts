import type { PartyId, Role, SessionId } from '@parley/shared';
import { randomId } from '@parley/shared';
import type { InviteRecord } from '../storage/SessionStore.ts';

/** A fresh, active invite record for one role capability (a delegate's names its party). */
export function newInvite(sessionId: SessionId, role: Role, partyId: PartyId | null, now: number): InviteRecord {
  return { id: randomId(12), sessionId, role, partyId, createdAt: now, revokedAt: null };
}
