import type { Role } from '@parley/shared';
import { roleSchema } from '@parley/shared';
import { isRecord } from '../../api/isRecord.ts';

/** An active invite link (`GET /api/sessions/:id/invites`). */
export interface InviteLink {
  readonly role: Role;
  readonly partyId: string | null;
  readonly token: string;
  readonly url: string;
}

export function parseInvites(value: unknown): InviteLink[] | null {
  if (!isRecord(value) || !Array.isArray(value.invites)) return null;
  const invites: InviteLink[] = [];
  for (const invite of value.invites) {
    if (!isRecord(invite)) return null;
    const role = roleSchema.safeParse(invite.role);
    const { partyId, token, url } = invite;
    if (!role.success || typeof token !== 'string' || typeof url !== 'string') return null;
    if (partyId !== null && partyId !== undefined && typeof partyId !== 'string') return null;
    invites.push({ role: role.data, partyId: partyId ?? null, token, url });
  }
  return invites;
}

/** The new link `invite.reissue` answers with. */
export function reissuedUrl(answer: Readonly<Record<string, unknown>>): string | null {
  const invite = answer.invite;
  return isRecord(invite) && typeof invite.url === 'string' ? invite.url : null;
}
