import { z } from 'zod';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';
import { diffPartSchema } from './DiffPart.ts';

/** A saved revision of the text: Rev.1, Rev.2 … */
export const versionSchema = z.object({
  id: z.string(),
  label: z.string(),
  createdAt: z.number(),
  createdBy: z.string(),
});
export type Version = z.infer<typeof versionSchema>;

/** `GET /api/sessions/:id/versions`: the saved revisions, oldest first. */
export const versionsAnswerSchema = z.object({ versions: z.array(versionSchema) });
export type VersionsAnswer = z.infer<typeof versionsAnswerSchema>;

/** One clause compared between two texts: its number in the newer text (or the older, if removed). */
export const clauseComparisonSchema = z.object({
  clauseId: z.string(),
  number: z.string(),
  change: z.enum(['added', 'removed', 'changed', 'unchanged']),
  statusBefore: clauseStatusSchema.nullable(),
  statusAfter: clauseStatusSchema.nullable(),
  /** The words in order; `added`/`removed` mark what changed (a word diff leaves them out otherwise). */
  parts: z.array(diffPartSchema).readonly(),
});
export type ClauseComparison = z.infer<typeof clauseComparisonSchema>;

/**
 * `GET /api/sessions/:id/versions/compare?from=&to=[&language=]`: the two texts' labels, the language
 * compared (a session language's tag; the language of negotiation by default) and every clause.
 */
export const comparisonSchema = z.object({
  from: z.string(),
  to: z.string(),
  language: z.string(),
  clauses: z.array(clauseComparisonSchema),
});
export type Comparison = z.infer<typeof comparisonSchema>;
