import type { AgendaItemId, Command, PlenaryRoots } from '@parley/shared';
import {
  appendAgendaItem,
  findAgendaItem,
  moveAgendaItem,
  readAgendaItem,
  readModeration,
  writeAgendaItemFields,
  writeModeration,
} from '@parley/shared';
import { Refusal } from '../domain/Refusal.ts';
import type { CommandContext, CommandResult } from './CommandContext.ts';
import { OK } from './CommandContext.ts';

type AgendaCommand = Extract<Command, { type: `agenda.${string}` }>;

function itemOf(roots: PlenaryRoots, itemId: string) {
  const found = findAgendaItem(roots, itemId as AgendaItemId);
  if (!found) throw new Refusal('notFound', 'itemId: no such agenda item');
  return found;
}

/** The countdown of the current item, on server time: every screen shows the same remaining time. */
function restartTimer(roots: PlenaryRoots, itemId: string, now: number): void {
  const item = readAgendaItem(itemOf(roots, itemId).record);
  const minutes = item?.timeboxMinutes ?? null;
  writeModeration(roots, 'timer', minutes === null ? null : { itemId, startedAt: now, durationMs: minutes * 60_000 });
}

/**
 * Only one item is under discussion at a time. Taking up an item sends the one discussed before back
 * to pending (what a chair expects: it was opened, not finished); an item the chair concluded or
 * deferred keeps that state. Clearing the current item does the same to it.
 */
function takeUp(roots: PlenaryRoots, itemId: string | null, now: number): void {
  for (const record of roots.agenda.toArray()) {
    const item = readAgendaItem(record);
    if (item && item.id !== itemId && item.state === 'underDiscussion')
      writeAgendaItemFields(record, { state: 'pending' });
  }
  if (itemId === null) {
    writeModeration(roots, 'currentItemId', null);
    writeModeration(roots, 'timer', null);
    return;
  }
  const { record } = itemOf(roots, itemId);
  if (readAgendaItem(record)?.state !== 'underDiscussion') writeAgendaItemFields(record, { state: 'underDiscussion' });
  if (readModeration(roots).currentItemId !== itemId) {
    writeModeration(roots, 'currentItemId', itemId);
    restartTimer(roots, itemId, now);
  }
}

export async function runAgendaCommand(ctx: CommandContext, command: AgendaCommand): Promise<CommandResult> {
  return ctx.documents.changePlenary(ctx.session.id, (roots): CommandResult => {
    switch (command.type) {
      case 'agenda.add': {
        const itemId = appendAgendaItem(roots, {
          title: command.title,
          timeboxMinutes: command.timeboxMinutes ?? null,
          workingGroup: command.workingGroup ?? null,
        });
        return { ok: true, itemId };
      }
      case 'agenda.edit': {
        const { record } = itemOf(roots, command.itemId);
        writeAgendaItemFields(record, {
          ...(command.title !== undefined ? { title: command.title } : {}),
          ...(command.workingGroup !== undefined ? { workingGroup: command.workingGroup || null } : {}),
        });
        return OK;
      }
      case 'agenda.move':
        itemOf(roots, command.itemId);
        moveAgendaItem(roots, command.itemId as AgendaItemId, command.index);
        return OK;
      case 'agenda.remove': {
        const { index } = itemOf(roots, command.itemId);
        roots.agenda.delete(index, 1);
        if (readModeration(roots).currentItemId === command.itemId) {
          writeModeration(roots, 'currentItemId', null);
          writeModeration(roots, 'timer', null);
        }
        return OK;
      }
      case 'agenda.setCurrent': {
        if (command.itemId !== null) itemOf(roots, command.itemId);
        takeUp(roots, command.itemId, ctx.now);
        // Taking up the current item again restarts its countdown, as before.
        if (command.itemId !== null) restartTimer(roots, command.itemId, ctx.now);
        return OK;
      }
      case 'agenda.setState': {
        const { record } = itemOf(roots, command.itemId);
        // Putting an item under discussion takes it up: it becomes the current item.
        if (command.state === 'underDiscussion') {
          takeUp(roots, command.itemId, ctx.now);
          return OK;
        }
        writeAgendaItemFields(record, { state: command.state });
        return OK;
      }
      case 'agenda.timebox': {
        writeAgendaItemFields(itemOf(roots, command.itemId).record, { timeboxMinutes: command.minutes });
        if (readModeration(roots).currentItemId === command.itemId) restartTimer(roots, command.itemId, ctx.now);
        return OK;
      }
      default:
        throw new Refusal('invalid', `unknown agenda command ${(command as { type: string }).type}`);
    }
  });
}
