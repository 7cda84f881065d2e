import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/** A party's acceptance of a clause; `adReferendum` when its capital must still confirm. */
export const signOffSchema = z.object({
  by: z.string().regex(ID_PATTERN),
  at: z.number().int().nonnegative(),
  adReferendum: z.boolean(),
});
export type SignOff = z.infer<typeof signOffSchema>;
