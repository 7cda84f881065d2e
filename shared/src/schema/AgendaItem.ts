import * as Y from 'yjs';
import { z } from 'zod';
import type { AgendaItemId } from '../ids.ts';
import { ID_PATTERN, newAgendaItemId } from '../ids.ts';
import type { PlenaryRoots } from './roots.ts';

export const agendaItemStateSchema = z.enum(['pending', 'underDiscussion', 'concluded', 'deferred']);
export type AgendaItemState = z.infer<typeof agendaItemStateSchema>;

/** The plain fields of an agenda item; `notes` is a Y.Text beside them. */
export const agendaItemSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  title: z.string().trim().min(1).max(500),
  state: agendaItemStateSchema,
  timeboxMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  workingGroup: z.string().max(200).nullable(),
});
export type AgendaItem = Omit<z.infer<typeof agendaItemSchema>, 'id'> & { readonly id: AgendaItemId };

export const AGENDA_ITEM_FIELDS = ['id', 'title', 'notes', 'state', 'timeboxMinutes', 'workingGroup'] as const;

export interface NewAgendaItem {
  readonly title: string;
  readonly timeboxMinutes?: number | null;
  readonly workingGroup?: string | null;
}

export function appendAgendaItem(roots: PlenaryRoots, input: NewAgendaItem): AgendaItemId {
  const item = agendaItemSchema.parse({
    id: newAgendaItemId(),
    title: input.title,
    state: 'pending',
    timeboxMinutes: input.timeboxMinutes ?? null,
    workingGroup: input.workingGroup ?? null,
  });
  const record = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(item)) record.set(key, value);
  record.set('notes', new Y.Text());
  roots.agenda.push([record]);
  return item.id as AgendaItemId;
}

export function readAgendaItem(record: Y.Map<unknown>): AgendaItem | null {
  const parsed = agendaItemSchema.safeParse({
    id: record.get('id'),
    title: record.get('title'),
    state: record.get('state'),
    timeboxMinutes: record.get('timeboxMinutes') ?? null,
    workingGroup: record.get('workingGroup') ?? null,
  });
  return parsed.success ? { ...parsed.data, id: parsed.data.id as AgendaItemId } : null;
}

export function readAgenda(roots: PlenaryRoots): AgendaItem[] {
  return roots.agenda.toArray().flatMap((record) => {
    const item = readAgendaItem(record);
    return item ? [item] : [];
  });
}

export function agendaItemNotes(record: Y.Map<unknown>): Y.Text | null {
  const notes = record.get('notes');
  return notes instanceof Y.Text ? notes : null;
}

/** The record of an agenda item and its position, or null. */
export function findAgendaItem(
  roots: PlenaryRoots,
  itemId: AgendaItemId,
): { record: Y.Map<unknown>; index: number } | null {
  const items = roots.agenda.toArray();
  const index = items.findIndex((record) => record.get('id') === itemId);
  const record = items[index];
  return record ? { record, index } : null;
}

/** Writes validated plain fields of an agenda item (never its notes). */
export function writeAgendaItemFields(
  record: Y.Map<unknown>,
  fields: Partial<Pick<AgendaItem, 'title' | 'state' | 'timeboxMinutes' | 'workingGroup'>>,
): void {
  const current = readAgendaItem(record);
  if (!current) throw new Error('not an agenda item');
  const next = agendaItemSchema.parse({ ...current, ...fields });
  for (const key of ['title', 'state', 'timeboxMinutes', 'workingGroup'] as const) {
    if (key in fields && record.get(key) !== next[key]) record.set(key, next[key]);
  }
}

/** Moves an agenda item, keeping its record (and notes) intact by re-inserting a copy of its content. */
export function moveAgendaItem(roots: PlenaryRoots, itemId: AgendaItemId, toIndex: number): boolean {
  const found = findAgendaItem(roots, itemId);
  if (!found) return false;
  const copy = new Y.Map<unknown>();
  for (const [key, value] of found.record.entries()) {
    copy.set(key, value instanceof Y.Text ? new Y.Text(value.toString()) : value);
  }
  roots.agenda.delete(found.index, 1);
  roots.agenda.insert(Math.min(toIndex, roots.agenda.length), [copy]);
  return true;
}
