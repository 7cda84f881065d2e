import { z } from 'zod';
import { roleSchema } from '../Role.ts';
import type { ClauseTransition, TransitionRefusal } from '../rules/ClauseLife.ts';
import { CLAUSE_TRANSITION_NAMES } from '../rules/ClauseLife.ts';
import type { BracketHolder } from '../schema/Bracket.ts';
import { bracketHolderSchema, bracketReasonSchema } from '../schema/Bracket.ts';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';

const transitionSchema = z.enum(CLAUSE_TRANSITION_NAMES as [ClauseTransition, ...ClauseTransition[]]);

const clauseContentSchema = z.object({
  brackets: z.array(
    z.object({
      // A party id as sent; the brand says it names a party (or the mediator), as the server's facts do.
      holder: bracketHolderSchema.transform((holder) => holder as BracketHolder),
      reason: bracketReasonSchema,
      note: z.string().nullable(),
      words: z.string(),
      field: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('heading') }),
        z.object({ kind: z.literal('body') }),
        z.object({ kind: z.literal('option'), label: z.string() }),
      ]),
    }),
  ),
  options: z.array(z.string()),
  suggestions: z.array(z.object({ party: z.string().nullable() })).optional(),
});

/**
 * A refused change of a clause's status as facts (`TransitionRefusal`), sent beside the English
 * `error` of a 403/409 (`{error, why}`) so the room can say it in the reader's language.
 */
export const transitionRefusalSchema: z.ZodType<TransitionRefusal> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('roleMayNot'), transition: transitionSchema, role: roleSchema }),
  z.object({ code: z.literal('notOneText'), transition: transitionSchema, content: clauseContentSchema }),
  z.object({
    code: z.literal('wrongStatus'),
    transition: transitionSchema,
    status: clauseStatusSchema,
    from: z.array(clauseStatusSchema),
    reopenFirst: z.boolean(),
  }),
  z.object({ code: z.literal('delegatesOnly'), transition: transitionSchema }),
  z.object({ code: z.literal('alreadySignedOff') }),
  z.object({ code: z.literal('noAdReferendumToConfirm') }),
  z.object({ code: z.literal('notSignedOff') }),
  z.object({ code: z.literal('alreadyStatus'), status: clauseStatusSchema }),
  z.object({ code: z.literal('bracketedByText') }),
  z.object({ code: z.literal('agreedBySignOffs'), status: clauseStatusSchema }),
  z.object({ code: z.literal('staysBracketed'), content: clauseContentSchema }),
  z.object({
    code: z.literal('versionsNotAligned'),
    transition: transitionSchema,
    versions: z.array(z.object({ language: z.string(), state: z.enum(['stale', 'missing']) })),
  }),
]);
