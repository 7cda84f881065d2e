import type { Command, Moderation } from '@parley/shared';
import { ROLE_PLURAL_NAMES, readModeration, writeModeration } from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { ParticipantRecord } from '../storage/SessionStore.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type FloorCommand = Extract<Command, { type: `queue.${string}` | `floor.${string}` }>;

/**
 * The speakers' list and the floor (DOMAIN.md): request the floor → inscribed → given the floor with
 * a time limit → yields. A point of order goes ahead of ordinary requests; the chair can close the list.
 * Commands run one at a time, so simultaneous requests land in the order the server received them.
 */
export async function runFloorCommand(ctx: CommandContext, command: FloorCommand): Promise<CommandResult> {
  const actor = ctx.actor;
  // Who may take the floor is read before the change (one synchronous transaction); commands of a
  // session run one at a time, so no removal lands between this read and the change.
  const roster =
    command.type === 'floor.give' || command.type === 'floor.next'
      ? new Map((await ctx.storage.listParticipants(ctx.session.id)).map((p) => [p.id as string, p]))
      : new Map<string, ParticipantRecord>();
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    const state: Moderation = readModeration(roots);
    switch (command.type) {
      case 'queue.raiseHand': {
        if (state.mutes.includes(actor.participantId)) {
          throw new Refusal('conflict', 'You are muted: the mediator must unmute you first.');
        }
        const pointOfOrder = command.pointOfOrder === true;
        // A point of order may be raised by someone already waiting to speak: it jumps the list and
        // their earlier ordinary request keeps its place. One request of each kind at a time.
        const mine = state.speakers.filter((s) => s.participantId === actor.participantId);
        if (mine.some((s) => s.pointOfOrder === pointOfOrder)) {
          throw new Refusal(
            'conflict',
            pointOfOrder
              ? 'You have already raised a point of order; it is at the head of the list.'
              : 'You are already on the speakers’ list.',
          );
        }
        if (state.listClosed && !pointOfOrder) {
          throw new Refusal('conflict', 'The speakers’ list is closed; only a point of order can still be raised.');
        }
        const entry = { participantId: actor.participantId, pointOfOrder, at: ctx.now };
        const firstOrdinary = state.speakers.findIndex((s) => !s.pointOfOrder);
        const at = pointOfOrder && firstOrdinary >= 0 ? firstOrdinary : state.speakers.length;
        writeModeration(roots, 'speakers', [...state.speakers.slice(0, at), entry, ...state.speakers.slice(at)]);
        return OK;
      }
      case 'queue.lowerHand': {
        const who = command.participantId ?? actor.participantId;
        if (who !== actor.participantId && actor.role !== 'mediator') {
          throw new Refusal('forbidden', 'only the mediator may take someone else off the list');
        }
        if (!state.speakers.some((s) => s.participantId === who))
          throw new Refusal('conflict', 'not on the speakers’ list');
        writeModeration(
          roots,
          'speakers',
          state.speakers.filter((s) => s.participantId !== who),
        );
        return OK;
      }
      case 'queue.close':
      case 'queue.reopen': {
        const closed = command.type === 'queue.close';
        if (state.listClosed === closed)
          throw new Refusal('conflict', `the list is already ${closed ? 'closed' : 'open'}`);
        writeModeration(roots, 'listClosed', closed);
        return OK;
      }
      case 'floor.give':
      case 'floor.next': {
        const next = command.type === 'floor.give' ? command.participantId : state.speakers[0]?.participantId;
        if (next === undefined) throw new Refusal('conflict', 'The speakers’ list is empty.');
        const speaker = roster.get(next);
        if (!speaker || speaker.sessionId !== ctx.session.id || speaker.removedAt !== null) {
          throw new Refusal('notFound', 'participantId: no such participant');
        }
        if (speaker.role !== 'mediator' && speaker.role !== 'delegate') {
          throw new Refusal('conflict', `${ROLE_PLURAL_NAMES[speaker.role]} do not take the floor`);
        }
        // Only the request being served leaves the list: a speaker who raised a point of order
        // while waiting keeps their ordinary place (their first entry is the point of order).
        const served = state.speakers.findIndex((s) => s.participantId === next);
        writeModeration(
          roots,
          'speakers',
          state.speakers.filter((_s, i) => i !== served),
        );
        writeModeration(roots, 'floor', { participantId: next, since: ctx.now, limitMs: state.speakerLimitMs });
        // The record names the speaker also for floor.next, whose payload does not.
        return { ok: true, participantId: next, auditDetail: { participantId: next } };
      }
      case 'floor.end': {
        if (state.floor === null) throw new Refusal('conflict', 'nobody has the floor');
        if (actor.role !== 'mediator' && state.floor.participantId !== actor.participantId) {
          throw new Refusal('forbidden', 'only the speaker or the mediator may end a turn');
        }
        writeModeration(roots, 'floor', null);
        return OK;
      }
      case 'floor.setLimit': {
        const limitMs = command.seconds === null ? null : command.seconds * 1000;
        writeModeration(roots, 'speakerLimitMs', limitMs);
        // The limit also applies to whoever is speaking now, counted from the start of their turn.
        if (state.floor !== null) writeModeration(roots, 'floor', { ...state.floor, limitMs });
        return OK;
      }
      default:
        throw new Refusal('invalid', `unknown floor command ${(command as { type: string }).type}`);
    }
  });
}
