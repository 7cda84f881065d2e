import { z } from 'zod';
import { roleSchema } from '../Role.ts';

/** One participant connected to one document of the session. */
export const presenceEntrySchema = z.object({
  doc: z.string(),
  participantId: z.string(),
  name: z.string(),
  role: roleSchema,
  partyId: z.string().nullable(),
});
export type PresenceEntry = z.infer<typeof presenceEntrySchema>;

/** `GET /api/sessions/:id/presence`: who is online in which room (only rooms the caller may open). */
export const presenceAnswerSchema = z.object({ online: z.array(presenceEntrySchema) });
export type PresenceAnswer = z.infer<typeof presenceAnswerSchema>;
