import { z } from 'zod';

/**
 * `GET /api/sessions/:id/verify?digest=<sha256 hex>`: the adopted text a digest belongs to (the saved
 * revision frozen at adoption) and who initialled it; 404 when the digest is not that of the session's
 * adopted text.
 */
export const verifyAnswerSchema = z.object({
  adopted: z.literal(true),
  revision: z.object({ id: z.string(), label: z.string() }),
  adoptedAt: z.number(),
  digest: z.string(),
  initials: z.array(
    z.object({ partyId: z.string(), partyName: z.string().nullable(), name: z.string(), at: z.number() }),
  ),
});
export type VerifyAnswer = z.infer<typeof verifyAnswerSchema>;
