import { z } from 'zod';
import { MEDIATOR_HOLDER, MEDIATOR_HOLDER_NAME } from '../schema/Bracket.ts';
import { clauseKindSchema } from '../schema/Clause.ts';

/**
 * Importing a zero draft (`POST /api/sessions/:id/import/preview`, then `POST .../import`): the file
 * travels as base64 in JSON, so both requests share the API's JSON handling and the same body. A
 * Word zero draft is tens of kilobytes; the bound leaves room for one with a few pictures.
 */
export const IMPORT_MAX_FILE_BYTES = 4 * 1024 * 1024;
/** base64 grows a file by a third; the JSON around it adds a few bytes. */
export const IMPORT_MAX_BODY_BYTES = Math.ceil((IMPORT_MAX_FILE_BYTES * 4) / 3) + 1024;

export const importFormatSchema = z.enum(['docx', 'md']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

export const importRequestSchema = z.object({
  format: importFormatSchema,
  data: z
    .string()
    .min(1, 'data: the file is empty')
    .max(IMPORT_MAX_BODY_BYTES, 'data: the file is too large')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'data: must be the file in base64'),
});
export type ImportRequest = z.infer<typeof importRequestSchema>;

/** A run of text with the marks it keeps; `bracket` words were in square brackets in the file. */
export const importedRunSchema = z.object({
  text: z.string().min(1).max(100_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  bracket: z.boolean().optional(),
});
export type ImportedRun = z.infer<typeof importedRunSchema>;

const runsSchema = z.array(importedRunSchema);

/** A block of a clause's body: a paragraph, or a list whose items are one paragraph each. */
export const importedBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), runs: runsSchema }),
  z.object({ type: z.enum(['bulletList', 'orderedList']), items: z.array(runsSchema).min(1) }),
]);
export type ImportedBlock = z.infer<typeof importedBlockSchema>;

export const importedClauseSchema = z.object({
  kind: clauseKindSchema,
  heading: z.string().max(500).optional(),
  paragraphs: z.array(importedBlockSchema).min(1),
  /** How many bracketed passages the clause holds. */
  brackets: z.number().int().nonnegative(),
});
export type ImportedClause = z.infer<typeof importedClauseSchema>;

/** `POST /api/sessions/:id/import/preview`: what the import would create; nothing is changed. */
export const importPreviewSchema = z.object({
  /** The document's title (a Title or first Heading 1, a Markdown `#`): shown, not made a clause. */
  title: z.string().nullable(),
  clauses: z.array(importedClauseSchema),
  /**
   * Who will hold the imported brackets: the mediator (`MEDIATOR_HOLDER`), so no party's delegates
   * may change their words until the mediator gives each to a party (`bracket.reassign`). They are
   * recorded with reason "other" and `note`, to be reassigned.
   */
  brackets: z.object({
    holder: z.literal(MEDIATOR_HOLDER),
    /** The holder in words: "the mediator". */
    holderName: z.literal(MEDIATOR_HOLDER_NAME),
    reason: z.literal('other'),
    note: z.string(),
  }),
  /** What the reader could not keep (pictures, tables flattened …), in words. */
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** `POST /api/sessions/:id/import`: the clauses created, in order, after the existing ones. */
export const importAnswerSchema = z.object({ ok: z.literal(true), clauseIds: z.array(z.string()) });
export type ImportAnswer = z.infer<typeof importAnswerSchema>;
