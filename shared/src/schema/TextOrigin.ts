import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/**
 * Where a clause, an option or a textual proposal tabled from a breakout room came from: a working
 * group (by its breakout id) or a party's caucus (by the party). Stamped by the server when the
 * text is tabled (`draft.table`); a client may only ever write `null` (the update gate sees to it).
 */
export const textOriginSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('workingGroup'),
    /** The group's label when the text was tabled ("Verification"). */
    name: z.string().min(1).max(200),
    breakoutId: z.string().regex(ID_PATTERN),
  }),
  z.object({
    kind: z.literal('caucus'),
    /** The party's name when the text was tabled. */
    name: z.string().min(1).max(200),
    partyId: z.string().regex(ID_PATTERN),
  }),
]);
export type TextOrigin = z.infer<typeof textOriginSchema>;

/** A stored origin, or null when the value is absent or not an origin. */
export function readTextOrigin(value: unknown): TextOrigin | null {
  // Most clauses have no origin: answered without zod, whose failing parse builds an error each time
  // (readClause runs at every keystroke on the server: 0.7% of its time in the many-rooms profile).
  if (value === null || value === undefined) return null;
  const parsed = textOriginSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
