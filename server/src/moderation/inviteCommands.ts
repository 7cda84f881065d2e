import type { Command, PartyId, Role } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import { inviteLink } from '../sessions/inviteLink.ts';
import { newInvite } from '../sessions/newInvite.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type InviteCommand = Extract<Command, { type: 'invite.revoke' | 'invite.reissue' }>;

function capabilityParty(ctx: CommandContext, role: Role, partyId: string | undefined): PartyId | null {
  if (role === 'delegate') {
    const party = ctx.session.parties.find((p) => p.id === partyId);
    if (!party) throw new Refusal('invalid', 'partyId: a delegate invite needs a party of this session');
    return party.id;
  }
  if (partyId !== undefined) throw new Refusal('invalid', 'partyId: only delegate invites have a party');
  return null;
}

/** Invites are role capabilities: revoking one refuses new joins; reissuing makes a new link. */
export async function runInviteCommand(ctx: CommandContext, command: InviteCommand): Promise<CommandResult> {
  const partyId = capabilityParty(ctx, command.role, command.partyId);
  if (command.type === 'invite.revoke') {
    const active = (await ctx.storage.listInvites(ctx.session.id)).filter(
      (invite) => invite.role === command.role && invite.partyId === partyId && invite.revokedAt === null,
    );
    if (active.length === 0) throw new Refusal('conflict', 'no active invite for that role');
    for (const invite of active) await ctx.storage.revokeInvite(invite.id, ctx.now);
    return OK;
  }
  const invite = newInvite(ctx.session.id, command.role, partyId, ctx.now);
  await ctx.storage.addInvite(invite);
  return { ok: true, invite: inviteLink(ctx.baseUrl, invite, ctx.signer) };
}
