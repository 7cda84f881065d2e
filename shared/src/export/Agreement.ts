import { z } from 'zod';
import { agendaItemStateSchema } from '../schema/AgendaItem.ts';
import { bracketSchema } from '../schema/Bracket.ts';
import { clauseKindSchema } from '../schema/Clause.ts';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';
import { SUGGESTION_MARKS } from '../schema/Suggestion.ts';

/**
 * The draft agreement as a plain structure: what every export format renders (DOMAIN.md, "The export").
 * It is versioned, and its JSON form is this schema.
 */
export const AGREEMENT_FORMAT = 'parley-agreement';
export const AGREEMENT_VERSION = 1;

/**
 * A pending suggestion a run belongs to (suggesting mode): proposed words (`insertion`) or words
 * proposed for removal (`deletion`), with who proposed them, in ids and in words, and when (epoch ms).
 * `party` is null (and `partyName` null) for the mediator.
 */
export const runSuggestionSchema = z.object({
  kind: z.enum(SUGGESTION_MARKS),
  id: z.string(),
  by: z.string(),
  byName: z.string(),
  party: z.string().nullable(),
  partyName: z.string().nullable(),
  at: z.number(),
});
export type RunSuggestion = z.infer<typeof runSuggestionSchema>;

export const runSchema = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  bracket: bracketSchema.extend({ holderName: z.string() }).optional(),
  /** With authorship only: the key of who wrote the run (an entry of the agreement's `authors`). */
  author: z.string().optional(),
  /** Part of a pending suggestion (never in the clean text, which is refused while any is pending). */
  suggestion: runSuggestionSchema.optional(),
});
export type Run = z.infer<typeof runSchema>;

export type Block =
  | { readonly type: 'paragraph'; readonly runs: readonly Run[] }
  | { readonly type: 'heading'; readonly level: number; readonly runs: readonly Run[] }
  | { readonly type: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Block[])[] };

export const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), runs: z.array(runSchema) }),
    z.object({ type: z.literal('heading'), level: z.number().int().min(1).max(6), runs: z.array(runSchema) }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(blockSchema)) }),
  ]),
);

export const agreementClauseSchema = z.object({
  id: z.string(),
  kind: clauseKindSchema,
  number: z.string(),
  heading: z.string(),
  status: clauseStatusSchema,
  blocks: z.array(blockSchema),
  /** `id`: the option's id in the document (absent in files exported before it was added). */
  options: z.array(z.object({ id: z.string().optional(), label: z.string(), blocks: z.array(blockSchema) })),
  brackets: z.array(bracketSchema.extend({ holderName: z.string() })),
  signoffs: z.array(
    z.object({
      partyId: z.string(),
      partyName: z.string(),
      signed: z.boolean(),
      adReferendum: z.boolean(),
      at: z.number().nullable(),
    }),
  ),
});
export type AgreementClause = z.infer<typeof agreementClauseSchema>;

export const agreementSchema = z.object({
  format: z.literal(AGREEMENT_FORMAT),
  version: z.literal(AGREEMENT_VERSION),
  title: z.string(),
  /**
   * The language of the clauses' text (a BCP 47 tag): the language of negotiation, or the version
   * asked for (`language=ru`). Absent in files exported before languages existed (English).
   */
  language: z.string().optional(),
  parties: z.array(z.object({ id: z.string(), name: z.string() })),
  /** ISO date (YYYY-MM-DD) the text is dated. */
  date: z.string(),
  /** The revision label (Rev.1 …), or null for the current text. */
  revision: z.string().nullable(),
  /** A clean text has no brackets, options or unagreed clauses; anything else is a draft. */
  draft: z.boolean(),
  preamble: z.array(agreementClauseSchema),
  operative: z.array(agreementClauseSchema),
  agenda: z.array(z.object({ title: z.string(), state: agendaItemStateSchema })).optional(),
  /**
   * With authorship only: who wrote the text, from the server's client-id bindings (`key` is a
   * participant id or "server"), their seat (the party's name, "mediator"; null for the server) and
   * the colour their text is shown in.
   */
  authors: z
    .array(z.object({ key: z.string(), name: z.string(), seat: z.string().nullable(), color: z.string() }))
    .optional(),
  /**
   * The session's record, told in words: `when` is the local date and time, `who` a name and seat,
   * `what` one sentence; `at`, `role` and `action` stay for programs reading the JSON.
   */
  record: z
    .array(
      z.object({
        at: z.string(),
        when: z.string(),
        who: z.string(),
        role: z.string(),
        action: z.string(),
        what: z.string(),
        outcome: z.string(),
        before: z.string().optional(),
        after: z.string().optional(),
      }),
    )
    .optional(),
});
export type Agreement = z.infer<typeof agreementSchema>;
