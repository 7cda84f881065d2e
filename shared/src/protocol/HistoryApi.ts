import { z } from 'zod';
import { diffPartSchema } from './DiffPart.ts';

/** A participant named in a clause's history (a co-author of a joint entry). */
export const historyPersonSchema = z.object({
  participantId: z.string(),
  name: z.string(),
  partyId: z.string().nullable(),
});
export type HistoryPerson = z.infer<typeof historyPersonSchema>;

/**
 * One step in a clause's history: a session of typing by one author (their consecutive edits of
 * the clause with less than a minute between them and nobody else's in between), or by several
 * people typing in the clause at the same time (a joint entry: `coAuthors`), or the baseline
 * "text when the history began" (`baseline`), or the clause's removal (`removed`).
 */
export const clauseHistoryEntrySchema = z.object({
  /** When the step began and ended (epoch ms). */
  at: z.number(),
  until: z.number(),
  /** Who made it (of a joint entry: who began it); null for the server itself (and for the baseline). */
  participantId: z.string().nullable(),
  name: z.string(),
  partyId: z.string().nullable().optional(),
  /** A joint entry's other authors, in the order they joined it; absent when one author made it. */
  coAuthors: z.array(historyPersonSchema).optional(),
  /**
   * Word diff of the clause's wording (heading, paragraphs and options, one per line; brackets as
   * `[ ]`) from the step's start to its end; long unchanged stretches are cut to a few words and "…".
   * The baseline's diff is its whole text, unmarked. The wording itself: `…/history/at`.
   */
  diff: z.array(diffPartSchema),
  baseline: z.boolean().optional(),
  removed: z.boolean().optional(),
});
export type ClauseHistoryEntry = z.infer<typeof clauseHistoryEntrySchema>;

/** `GET /api/sessions/:id/clauses/:clauseId/history?before=&limit=`: newest first; `next` pages on. */
export const clauseHistoryAnswerSchema = z.object({
  entries: z.array(clauseHistoryEntrySchema),
  /** Pass as `before` for the older entries; null when there are none. */
  next: z.number().nullable(),
});
export type ClauseHistoryAnswer = z.infer<typeof clauseHistoryAnswerSchema>;

/** `GET /api/sessions/:id/clauses/:clauseId/history/at?time=<ISO>`: the clause's wording at a time. */
export const clauseAtAnswerSchema = z.object({
  clauseId: z.string(),
  /** The time asked for (epoch ms). */
  time: z.number(),
  /** The history entry whose end state this is, or null when the history does not reach back that far. */
  entryAt: z.number().nullable(),
  /** The wording then, one line per heading, paragraph and option; null before the history began. */
  text: z.string().nullable(),
  /** False when the clause did not exist then (removed, or not yet added). */
  existed: z.boolean(),
});
export type ClauseAtAnswer = z.infer<typeof clauseAtAnswerSchema>;

/** One clause that changed since a time, with the word diff from then to now and who changed it. */
export const changedClauseSchema = z.object({
  clauseId: z.string(),
  /** Its number now (or when it was removed, "" if unknown). */
  number: z.string(),
  change: z.enum(['added', 'changed', 'removed']),
  authors: z.array(
    z.object({ participantId: z.string().nullable(), name: z.string(), partyId: z.string().nullable() }),
  ),
  diff: z.array(diffPartSchema),
  /** The newest change (epoch ms). */
  lastAt: z.number(),
});
export type ChangedClause = z.infer<typeof changedClauseSchema>;

/** `GET /api/sessions/:id/changes[?since=<ms>]`: what changed since the caller's last visit (or `since`). */
export const changesAnswerSchema = z.object({
  /** The caller's last visit (epoch ms), or null on a first visit (then nothing is listed). */
  since: z.number().nullable(),
  clauses: z.array(changedClauseSchema),
});
export type ChangesAnswer = z.infer<typeof changesAnswerSchema>;

/** `POST /api/sessions/:id/changes/seen`: the caller has seen the draft as it is now. */
export const changesSeenAnswerSchema = z.object({ seenAt: z.number() });
export type ChangesSeenAnswer = z.infer<typeof changesSeenAnswerSchema>;
