import { z } from 'zod';
import { roleSchema } from '../Role.ts';

/**
 * The `user` field of a connection's presence (Yjs awareness), as other clients receive it: the
 * server writes the verified identity over whatever the client claimed. Lenient where a reader can
 * do without a field (a colour it cannot draw, a role it does not know), so one odd state does not
 * hide a person; only a name is required.
 */
export const presenceUserSchema = z.object({
  participantId: z.string().optional().catch(undefined),
  name: z.string(),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i)
    .optional()
    .catch(undefined),
  role: roleSchema.nullable().optional().catch(null),
  partyId: z.string().nullable().optional().catch(null),
});
export type PresenceUser = z.infer<typeof presenceUserSchema>;

/** The identity the server writes into a connection's presence, whatever the client claimed. */
export const presenceIdentitySchema = z.object({
  participantId: z.string(),
  name: z.string(),
  role: roleSchema,
  partyId: z.string().nullable(),
  color: z.string(),
});
export type PresenceIdentity = z.infer<typeof presenceIdentitySchema>;
