import { z } from 'zod';

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

export const CLAUSE_STATUS_LABELS: Readonly<Record<ClauseStatus, string>> = {
  placeholder: 'Placeholder',
  proposed: 'Proposed',
  bracketed: 'Bracketed',
  agreedAdReferendum: 'Agreed ad referendum',
  agreed: 'Agreed',
  adopted: 'Adopted',
  withdrawn: 'Withdrawn',
};

/**
 * Statuses whose wording delegates no longer edit: it was accepted (perhaps pending capitals) or set
 * aside. Only the mediator may still touch it, and doing so clears sign-offs.
 */
export function isWordingSettled(status: ClauseStatus): boolean {
  return status === 'agreedAdReferendum' || status === 'agreed' || status === 'adopted' || status === 'withdrawn';
}
