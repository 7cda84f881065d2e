import { z } from 'zod';
import { BRACKET_REASON_NAMES } from '../display/DisplayNames.ts';
import type { PartyId } from '../ids.ts';
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

/**
 * The holder of a bracket nobody's party holds yet: the mediator's (a zero draft's brackets, imported).
 * No party id can take it (party ids match ID_PATTERN, which has no `@`), so it is foreign to every
 * delegate: only the mediator changes its words, lifts it, or gives it to a party (`bracket.reassign`).
 */
export const MEDIATOR_HOLDER = '@mediator';
/** How a mediator-held bracket's holder is named wherever a holder is named. */
export const MEDIATOR_HOLDER_NAME = 'the mediator';

/** The note an imported bracket carries until the mediator gives it to a party (then cleared). */
export const IMPORTED_BRACKET_NOTE = 'imported; to be reassigned';

/** A bracket's holder: a party of the session, or the mediator. */
export type BracketHolder = PartyId | typeof MEDIATOR_HOLDER;
export const bracketHolderSchema = z.union([z.string().regex(ID_PATTERN), z.literal(MEDIATOR_HOLDER)]);

export const isMediatorHolder = (holder: string): holder is typeof MEDIATOR_HOLDER => holder === MEDIATOR_HOLDER;

/** A holder in words: the party's name, "the mediator", or `unknown` for a party no longer known. */
export function holderName(
  holder: string,
  parties: readonly { readonly id: string; readonly name: string }[],
  unknown = 'another party',
): string {
  if (isMediatorHolder(holder)) return MEDIATOR_HOLDER_NAME;
  return parties.find((party) => party.id === holder)?.name ?? unknown;
}

export const bracketSchema = z.object({
  holder: bracketHolderSchema,
  reason: bracketReasonSchema,
  note: z.string().max(BRACKET_NOTE_MAX).nullable().optional(),
});
export type Bracket = z.infer<typeof bracketSchema>;
