import { z } from 'zod';
import { roleSchema } from '../Role.ts';

/**
 * One Yjs client id of a document and who the server bound it to: the participant whose connection
 * first used it, or the server's own transactions (`participantId` and `role` null). Because the
 * update gate refuses structs under an id bound to someone else, this is proof of who wrote the text.
 */
export const authorEntrySchema = z.object({
  clientId: z.number().int().nonnegative(),
  participantId: z.string().nullable(),
  name: z.string(),
  role: roleSchema.nullable(),
  partyId: z.string().nullable(),
});
export type AuthorEntry = z.infer<typeof authorEntrySchema>;

/** `GET /api/sessions/:id/authors?doc=<docName>`: every client id bound in that document. */
export const authorsAnswerSchema = z.object({ authors: z.array(authorEntrySchema) });
export type AuthorsAnswer = z.infer<typeof authorsAnswerSchema>;

/** The name the server's own edits (commands, clause upkeep) are shown under. */
export const SERVER_AUTHOR_NAME = 'the server';
