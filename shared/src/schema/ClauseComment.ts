import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import { textOriginSchema } from './TextOrigin.ts';

/** A comment or a textual proposal on a clause; the author is stamped by the server. */
export const clauseCommentSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  kind: z.enum(['comment', 'proposal']),
  by: z.string().regex(ID_PATTERN),
  byName: z.string().max(200),
  partyId: z.string().regex(ID_PATTERN).nullable(),
  at: z.number().int().nonnegative(),
  text: z.string().min(1).max(20_000),
  /** For proposals: what the mediator did with it. */
  disposition: z.enum(['open', 'incorporated', 'notRetained']),
  /** A proposal tabled from a caucus says so (`draft.table`); absent on those typed in the plenary. */
  origin: textOriginSchema.optional(),
});
export type ClauseComment = z.infer<typeof clauseCommentSchema>;
