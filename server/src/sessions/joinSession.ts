import type { JoinRequest, JoinResponse, ParticipantId, SessionId } from '@parley/shared';
import { newParticipantId } from '@parley/shared';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import { Refusal } from '../domain/Refusal.ts';
import type { InviteRecord, SessionStore } from '../storage/SessionStore.ts';

/**
 * Turns an invite (a role capability) and a display name into a personal participant token. The
 * invite must be this server's, for this session, and not revoked.
 */
export async function joinSession(
  sessionId: SessionId,
  request: JoinRequest,
  storage: SessionStore,
  signer: TokenSigner,
): Promise<JoinResponse> {
  const claims = signer.verify('invite', request.invite);
  if (claims === null) throw new Refusal('unauthenticated', 'the invite is not valid');
  if (claims.s !== sessionId) throw new Refusal('forbidden', 'this invite is for another session');
  const invite = await storage.getInvite(claims.i);
  if (invite === null || invite.sessionId !== sessionId)
    throw new Refusal('unauthenticated', 'the invite is not valid');
  if (invite.revokedAt !== null) throw new Refusal('forbidden', await revokedReason(storage, sessionId, invite));
  const participantId: ParticipantId = newParticipantId();
  await storage.addParticipant({
    id: participantId,
    sessionId,
    inviteId: invite.id,
    role: invite.role,
    partyId: invite.partyId,
    name: request.name,
    joinedAt: Date.now(),
    removedAt: null,
  });
  const token = signer.sign('participant', {
    s: sessionId,
    u: participantId,
    r: invite.role,
    ...(invite.partyId ? { p: invite.partyId } : {}),
  });
  const response: JoinResponse = {
    participantId,
    token,
    role: invite.role,
    ...(invite.partyId ? { partyId: invite.partyId } : {}),
  };
  return response;
}

/** Why a revoked invite admits nobody, told so that whoever holds the old link knows what to do. */
async function revokedReason(storage: SessionStore, sessionId: SessionId, invite: InviteRecord): Promise<string> {
  // A removal retires the invite in the same command, at the same server time.
  const removedWithIt = (await storage.listParticipants(sessionId)).some(
    (participant) => participant.inviteId === invite.id && participant.removedAt === invite.revokedAt,
  );
  return removedWithIt
    ? 'this invite link was retired when the mediator removed a participant who joined with it; ask the mediator for the new link'
    : 'this invite was revoked; ask the mediator for a new link';
}
