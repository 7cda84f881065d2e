import { z } from 'zod';
import { clauseStatusSchema } from '../schema/ClauseStatus.ts';
import { inviteSchema } from './SessionApi.ts';

/**
 * What `POST /api/sessions/:id/commands` answers when the command was applied: `ok`, plus what it
 * created or decided (each command fills only its own fields). Loose, so a field a newer server
 * adds does not turn an applied command into "not understood".
 */
export const commandAnswerSchema = z.looseObject({
  ok: z.literal(true),
  /** `invite.reissue`, `participant.remove`: the fresh link. */
  invite: inviteSchema.optional(),
  itemId: z.string().optional(),
  clauseId: z.string().optional(),
  optionId: z.string().optional(),
  commentId: z.string().optional(),
  breakoutId: z.string().optional(),
  participantId: z.string().optional(),
  versionId: z.string().optional(),
  label: z.string().optional(),
  status: clauseStatusSchema.optional(),
});
export type CommandAnswer = z.infer<typeof commandAnswerSchema>;
