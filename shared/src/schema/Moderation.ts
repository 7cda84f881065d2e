import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import type { PlenaryRoots } from './roots.ts';

const id = z.string().regex(ID_PATTERN);

/**
 * The moderation state, written by the server only (through commands). Each key holds one plain
 * JSON value that the server replaces whole, so clients never see a half-applied change.
 */
export const moderationSchema = z.object({
  currentItemId: id.nullable(),
  /** Server time (ms since epoch) when the current item's time-box ends; clients count down to it. */
  timer: z.object({ itemId: id, startedAt: z.number(), durationMs: z.number().nonnegative() }).nullable(),
  speakers: z.array(z.object({ participantId: id, pointOfOrder: z.boolean(), at: z.number() })),
  floor: z.object({ participantId: id, since: z.number(), limitMs: z.number().nonnegative().nullable() }).nullable(),
  listClosed: z.boolean(),
  speakerLimitMs: z.number().nonnegative().nullable(),
  mutes: z.array(id),
  /** Open caucuses (one party) and working groups (named participants), each with its own document. */
  breakouts: z.array(
    z.object({
      id,
      kind: z.enum(['caucus', 'workingGroup']),
      partyId: id.nullable(),
      label: z.string().max(100),
      participantIds: z.array(id),
      openedAt: z.number(),
    }),
  ),
});
export type Moderation = z.infer<typeof moderationSchema>;
export type ModerationKey = keyof Moderation;

export const INITIAL_MODERATION: Moderation = {
  currentItemId: null,
  timer: null,
  speakers: [],
  floor: null,
  listClosed: false,
  speakerLimitMs: null,
  mutes: [],
  breakouts: [],
};

export function readModeration(roots: PlenaryRoots): Moderation {
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(INITIAL_MODERATION) as ModerationKey[]) {
    const field = moderationSchema.shape[key].safeParse(roots.moderation.get(key));
    state[key] = field.success ? field.data : INITIAL_MODERATION[key];
  }
  return state as Moderation;
}

export function writeModeration<K extends ModerationKey>(roots: PlenaryRoots, key: K, value: Moderation[K]): void {
  roots.moderation.set(key, moderationSchema.shape[key].parse(value));
}

/** Who is muted; checked on every incoming update, so without building the whole moderation state. */
export function readMutes(roots: PlenaryRoots): readonly string[] {
  const mutes = roots.moderation.get('mutes');
  return Array.isArray(mutes) ? mutes.filter((id): id is string => typeof id === 'string') : [];
}
