import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/**
 * Suggesting mode (DESIGN.md, "Suggestions in the document"): proposed words live in the text as
 * tracked changes until the mediator accepts or rejects them. A proposed insertion is text under the
 * mark `insertion`; a proposed deletion is existing text under the mark `deletion` (struck through,
 * still there). y-prosemirror stores each as a text format attribute whose value is the mark's
 * attributes, which the update gate checks against the sender: `by` must be the sender's participant
 * id and `party` the sender's party (null for the mediator).
 */
export const INSERTION_MARK = 'insertion';
export const DELETION_MARK = 'deletion';
export const SUGGESTION_MARKS = [INSERTION_MARK, DELETION_MARK] as const;
export type SuggestionMark = (typeof SUGGESTION_MARKS)[number];

export const suggestionAttributesSchema = z.object({
  /** One suggestion: every run of text under marks with this id is accepted or rejected together. */
  id: z.string().regex(ID_PATTERN),
  /** The participant who suggested it. */
  by: z.string().regex(ID_PATTERN),
  /** Their party; null for a mediator. */
  party: z.string().regex(ID_PATTERN).nullable(),
  /** When, in epoch milliseconds. */
  at: z.number().int().nonnegative(),
});
export type SuggestionAttributes = z.infer<typeof suggestionAttributesSchema>;

export const isSuggestionMark = (name: string): name is SuggestionMark =>
  name === INSERTION_MARK || name === DELETION_MARK;
