import { z } from 'zod';
import { CLAUSE_STATUS_NAMES } from '../display/DisplayNames.ts';

/** The life of a clause (DOMAIN.md): placeholder → proposed → bracketed → agreed ad ref. → agreed → adopted. */
export const clauseStatusSchema = z.enum([
  'placeholder',
  'proposed',
  'bracketed',
  'agreedAdReferendum',
  'agreed',
  'adopted',
  'withdrawn',
]);
export type ClauseStatus = z.infer<typeof clauseStatusSchema>;

/** The words for each status; they live with every other display name. */
export const CLAUSE_STATUS_LABELS: Readonly<Record<ClauseStatus, string>> = CLAUSE_STATUS_NAMES;

/**
 * Statuses whose wording delegates no longer edit: it was accepted (perhaps pending capitals) or set
 * aside. Of these, only a withdrawn clause's wording stays open to the mediator (see isWordingFrozen).
 */
export function isWordingSettled(status: ClauseStatus): boolean {
  return status === 'agreedAdReferendum' || status === 'agreed' || status === 'adopted' || status === 'withdrawn';
}

/**
 * Statuses whose wording nobody edits, the mediator included: the parties accepted these words, so
 * changing them first needs a recorded `clause.reopen` (or a party withdrawing its sign-off).
 */
export function isWordingFrozen(status: ClauseStatus): boolean {
  return status === 'agreedAdReferendum' || status === 'agreed' || status === 'adopted';
}
