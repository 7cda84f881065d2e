import type { Command, ParticipantId } from '@parley/shared';
import { readModeration, writeModeration } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import { retireInvite } from '../sessions/retireInvite.ts';
import type { ParticipantRecord } from '../storage/SessionStore.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type ParticipantCommand = Extract<Command, { type: 'participant.remove' | 'participant.mute' | 'participant.unmute' }>;

/** A present (not removed) participant of this session, other than the actor. */
export async function otherParticipant(ctx: CommandContext, participantId: string): Promise<ParticipantRecord> {
  const target = await ctx.storage.getParticipant(participantId as ParticipantId);
  if (!target || target.sessionId !== ctx.session.id)
    throw new Refusal('notFound', 'participantId: no such participant');
  if (target.removedAt !== null) throw new Refusal('conflict', 'that participant was removed');
  if (target.id === ctx.actor.participantId) throw new Refusal('conflict', 'you cannot do that to yourself');
  return target;
}

export async function runParticipantCommand(ctx: CommandContext, command: ParticipantCommand): Promise<CommandResult> {
  const target = await otherParticipant(ctx, command.participantId);
  switch (command.type) {
    case 'participant.remove': {
      await ctx.storage.removeParticipant(target.id, ctx.now);
      // The link they joined with would let them straight back in under a new name: retire it.
      const replacement =
        command.keepInvite === true ? null : await retireInvite(ctx.storage, ctx.signer, ctx.baseUrl, target, ctx.now);
      // Gone from the speakers' list and the floor too, then disconnected everywhere at once.
      await ctx.documents.changePlenary(ctx.session.id, (roots) => {
        const moderation = readModeration(roots);
        const speakers = moderation.speakers.filter((s) => s.participantId !== target.id);
        if (speakers.length !== moderation.speakers.length) writeModeration(roots, 'speakers', speakers);
        if (moderation.floor?.participantId === target.id) writeModeration(roots, 'floor', null);
      });
      ctx.documents.disconnectParticipant(target.id);
      return replacement === null
        ? { ok: true, inviteRetired: false }
        : { ok: true, invite: replacement, inviteRetired: true };
    }
    case 'participant.mute':
    case 'participant.unmute': {
      if (target.role === 'mediator') throw new Refusal('conflict', 'a mediator cannot be muted');
      const mute = command.type === 'participant.mute';
      await ctx.documents.changePlenary(ctx.session.id, (roots) => {
        const mutes = readModeration(roots).mutes;
        if (mutes.includes(target.id) === mute)
          throw new Refusal('conflict', `that participant is already ${mute ? 'muted' : 'unmuted'}`);
        writeModeration(roots, 'mutes', mute ? [...mutes, target.id] : mutes.filter((id) => id !== target.id));
      });
      return OK;
    }
  }
}
