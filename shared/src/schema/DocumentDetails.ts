import { z } from 'zod';

/**
 * What the exported documents carry in their letterhead (`meta.document`, set by the mediator with
 * the `document.details` command): the document symbol (`PARLEY/2026/3/Rev.2`), the marking the
 * mediator chose, and the date printed on it (the export's date when absent). "Adopted" is no choice
 * of the mediator's: the exports print it once the whole text is adopted (`moderation.adoption`).
 */
export const DOCUMENT_MARKINGS = ['draft', 'nonPaper'] as const;
export const documentMarkingSchema = z.enum(DOCUMENT_MARKINGS);
export type DocumentMarking = z.infer<typeof documentMarkingSchema>;

export const DOCUMENT_SYMBOL_MAX = 80;

/** A calendar date, `YYYY-MM-DD`, that exists (no 31 February). */
export const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD')
  .refine((date) => {
    const parsed = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
  }, 'no such date');

/** Printable characters only: no control, format or private-use characters (`\p{C}`), so a header prints as typed. */
export const documentSymbolSchema = z
  .string()
  .trim()
  .max(DOCUMENT_SYMBOL_MAX, `a document symbol is at most ${DOCUMENT_SYMBOL_MAX} characters`)
  .regex(/^[^\p{C}]*$/u, 'a document symbol holds printable characters only');

export const documentDetailsSchema = z.object({
  symbol: documentSymbolSchema,
  marking: documentMarkingSchema,
  date: calendarDateSchema.optional(),
});
export type DocumentDetails = z.infer<typeof documentDetailsSchema>;

/** What a session that never set its details reads (no migration: a missing value is this). */
export const DEFAULT_DOCUMENT_DETAILS: DocumentDetails = { symbol: '', marking: 'draft' };

/** "1 December 2026": a `YYYY-MM-DD` date as documents print it (day, month in words, year). */
export function documentDateInWords(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    parsed,
  );
}
