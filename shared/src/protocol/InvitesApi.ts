import { z } from 'zod';
import { roleSchema } from '../Role.ts';
import { inviteSchema } from './SessionApi.ts';

/** An active invite link, named by the capability it grants (a role, and for delegates their party). */
export const inviteLinkSchema = inviteSchema.extend({ role: roleSchema, partyId: z.string().nullable() });
export type InviteLink = z.infer<typeof inviteLinkSchema>;

/** `GET /api/sessions/:id/invites` (mediators). */
export const invitesAnswerSchema = z.object({ invites: z.array(inviteLinkSchema) });
export type InvitesAnswer = z.infer<typeof invitesAnswerSchema>;
