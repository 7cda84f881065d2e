import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/** A party's acceptance of a clause; `adReferendum` when its capital must still confirm. */
export const signOffSchema = z.object({
  by: z.string().regex(ID_PATTERN),
  at: z.number().int().nonnegative(),
  adReferendum: z.boolean(),
  /**
   * The clause's words as this party signed them (plain text), so that when the sign-off lapses
   * because the text changed, the record and the party can see what they had accepted.
   */
  text: z.string().max(200_000).optional(),
});
export type SignOff = z.infer<typeof signOffSchema>;
