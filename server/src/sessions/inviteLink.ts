import type { Invite } from '@parley/shared';
import type { TokenSigner } from '../auth/TokenSigner.ts';
import type { InviteRecord } from '../storage/SessionStore.ts';

/** The link a person opens to join with an invite; the token travels in the fragment, never to logs. */
export function inviteLink(baseUrl: string, invite: InviteRecord, signer: TokenSigner): Invite {
  const token = signer.sign('invite', {
    s: invite.sessionId,
    i: invite.id,
    r: invite.role,
    ...(invite.partyId ? { p: invite.partyId } : {}),
  });
  return { token, url: `${baseUrl}/join/${invite.sessionId}#invite=${token}` };
}
