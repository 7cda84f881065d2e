import * as Y from 'yjs';
import { z } from 'zod';
import { ID_PATTERN, randomId } from '../ids.ts';
import { clauseKindSchema } from './Clause.ts';
import { RoomRoot } from './roots.ts';

/**
 * A draft clause in a breakout room: a heading and a rich-text body, written by the room's writers
 * and tabled in the plenary by a command (`draft.table`). Record `{id, heading (Y.Text), body
 * (Y.XmlFragment)}` under the room's `drafts` map, keyed by its id.
 */
export const ROOM_DRAFT_FIELDS = ['id', 'heading', 'body'] as const;
export type RoomDraftField = (typeof ROOM_DRAFT_FIELDS)[number];

export function isRoomDraftField(key: string): key is RoomDraftField {
  return (ROOM_DRAFT_FIELDS as readonly string[]).includes(key);
}

export interface RoomDraft {
  readonly id: string;
  readonly heading: Y.Text;
  readonly body: Y.XmlFragment;
}

export const newDraftId = (): string => `d${randomId(10)}`;

/** The drafts of a room document, keyed by id. */
export function roomDrafts(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap(RoomRoot.drafts);
}

/** Adds an empty draft (a record with every field, as the gate requires); returns its id. */
export function addRoomDraft(doc: Y.Doc): string {
  const id = newDraftId();
  const record = new Y.Map<unknown>();
  record.set('id', id);
  record.set('heading', new Y.Text());
  record.set('body', new Y.XmlFragment());
  roomDrafts(doc).set(id, record);
  return id;
}

export function readRoomDraft(record: unknown): RoomDraft | null {
  if (!(record instanceof Y.Map)) return null;
  const id = record.get('id');
  const heading = record.get('heading');
  const body = record.get('body');
  if (typeof id !== 'string' || !ID_PATTERN.test(id)) return null;
  if (!(heading instanceof Y.Text) || !(body instanceof Y.XmlFragment)) return null;
  return { id, heading, body };
}

/** Drafts in the order they were added (ids are random; the order is the map's insertion order). */
export function readRoomDrafts(doc: Y.Doc): RoomDraft[] {
  return [...roomDrafts(doc).values()].flatMap((record) => {
    const draft = readRoomDraft(record);
    return draft ? [draft] : [];
  });
}

/** How a draft was tabled: as a new clause, an option of a clause, or (from a caucus) a textual proposal. */
export const tableAsSchema = z.enum(['clause', 'option', 'proposal']);
export type TableAs = z.infer<typeof tableAsSchema>;

/** One tabling of a draft, as the room keeps it (the server writes it; nobody else may). */
export const tablingSchema = z.object({
  at: z.number().int().nonnegative(),
  as: tableAsSchema,
  /** The clause created, or the clause the option or proposal was put on. */
  clauseId: z.string().regex(ID_PATTERN),
  kind: clauseKindSchema.optional(),
  byName: z.string().max(200),
});
export type Tabling = z.infer<typeof tablingSchema>;

/** The server's record of tablings, per draft id (newest last). */
export function roomTablings(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(RoomRoot.tabled);
}

export function readTablings(doc: Y.Doc, draftId: string): Tabling[] {
  const parsed = z.array(tablingSchema).safeParse(roomTablings(doc).get(draftId));
  return parsed.success ? parsed.data : [];
}

export function recordTabling(doc: Y.Doc, draftId: string, tabling: Tabling): void {
  roomTablings(doc).set(draftId, [...readTablings(doc, draftId), tabling]);
}
