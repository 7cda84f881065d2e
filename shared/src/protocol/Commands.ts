import { z } from 'zod';
import { ID_PATTERN } from '../ids.ts';
import { roleSchema } from '../Role.ts';

const id = z.string().regex(ID_PATTERN, 'must be an id');

/** An invite is named by the capability it grants: a role, and for delegates their party. */
const capability = { role: roleSchema, partyId: id.optional() };

/**
 * Server-authoritative actions (`POST /api/sessions/:id/commands`). The names are a contract
 * (DESIGN.md, "Moderation commands"); payload fields name what they act on.
 */
export const commandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invite.revoke'), ...capability }),
  z.object({ type: z.literal('invite.reissue'), ...capability }),
  z.object({ type: z.literal('participant.remove'), participantId: id }),
  z.object({ type: z.literal('clause.lock'), clauseId: id }),
  z.object({ type: z.literal('clause.unlock'), clauseId: id }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandType = Command['type'];
