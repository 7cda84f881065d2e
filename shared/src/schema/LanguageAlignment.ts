import * as Y from 'yjs';
import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';

/**
 * "Aligned with <source> as of <at>, by <name>": what `clause.alignLanguage` records under
 * `alignments[<tag>]` of a clause record (a plain value; the server writes it, no client does).
 * The wordings are the plain bracketed texts (`clauseWordingBracketed`) of the source and of the
 * version at that moment: a later change to either makes the version stale, and the source's
 * wording then is what the room diffs against to show what changed since.
 */
export const languageAlignmentSchema = z.object({
  source: z.string().min(1).max(35),
  at: z.number().int().nonnegative(),
  by: z.string().regex(ID_PATTERN),
  name: z.string().max(200),
  sourceWording: z.string(),
  versionWording: z.string(),
});
export type LanguageAlignment = z.infer<typeof languageAlignmentSchema>;

/** The clause record's `alignments` map, or null in a document from before migration 8. */
export function clauseAlignmentsMap(clauseRecord: Y.Map<unknown>): Y.Map<unknown> | null {
  const alignments = clauseRecord.get('alignments');
  return alignments instanceof Y.Map ? (alignments as Y.Map<unknown>) : null;
}

export function readLanguageAlignment(clauseRecord: Y.Map<unknown>, language: string): LanguageAlignment | null {
  const parsed = languageAlignmentSchema.safeParse(clauseAlignmentsMap(clauseRecord)?.get(language));
  return parsed.success ? parsed.data : null;
}
