import { z } from 'zod';
import { BRACKET_REASON_NAMES } from '../display/DisplayNames.ts';
import { ID_PATTERN } from '../ids.ts';

/**
 * Square brackets mark language not yet agreed (DOMAIN.md). In a clause's rich text a bracket is a
 * TipTap mark named `bracket`, stored by y-prosemirror as a text format attribute whose value is the
 * mark's attributes: the holding party and the reason. Only the holder or the mediator lifts it.
 */
export const BRACKET_MARK = 'bracket';

export const bracketReasonSchema = z.enum(['substance', 'linkedIssue', 'awaitingInstructions', 'other']);
export type BracketReason = z.infer<typeof bracketReasonSchema>;

export const BRACKET_REASON_LABELS: Readonly<Record<BracketReason, string>> = BRACKET_REASON_NAMES;

/** The longest note a bracket carries (the toolbar's note field takes no more). */
export const BRACKET_NOTE_MAX = 300;

export const bracketSchema = z.object({
  holder: z.string().regex(ID_PATTERN),
  reason: bracketReasonSchema,
  note: z.string().max(BRACKET_NOTE_MAX).nullable().optional(),
});
export type Bracket = z.infer<typeof bracketSchema>;
