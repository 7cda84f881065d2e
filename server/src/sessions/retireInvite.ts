import type { Invite } from '@parley/shared';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { ParticipantRecord, SessionStore } from '../storage/SessionStore.ts';
import { inviteLink } from './inviteLink.ts';
import { newInvite } from './newInvite.ts';

/**
 * Retires the invite a removed participant joined with, so the link they still hold admits nobody,
 * and makes a fresh one for the same seat (role and party) for the people who still need to join.
 * Null when that invite was already revoked: nothing is retired, and the mediator's earlier
 * replacement (if any) stands.
 */
export async function retireInvite(
  storage: SessionStore,
  signer: TokenSigner,
  baseUrl: string,
  removed: ParticipantRecord,
  now: number,
): Promise<Invite | null> {
  const joinedWith = await storage.getInvite(removed.inviteId);
  if (joinedWith === null || joinedWith.revokedAt !== null) return null;
  await storage.revokeInvite(joinedWith.id, now);
  const replacement = newInvite(joinedWith.sessionId, joinedWith.role, joinedWith.partyId, now);
  await storage.addInvite(replacement);
  return inviteLink(baseUrl, replacement, signer);
}
