import { z } from 'zod';
import { roleSchema } from '../Role.ts';

/**
 * One participant of a session as `GET /api/sessions/:id/participants` answers it: everyone who ever
 * joined, so a name never has to fall back to an id. `online` means connected to any room (which
 * room stays private to those who may open it: see the presence endpoint).
 */
export const rosterEntrySchema = z.object({
  participantId: z.string(),
  name: z.string(),
  role: roleSchema,
  partyId: z.string().optional(),
  online: z.boolean(),
  muted: z.boolean(),
  removed: z.boolean(),
  /** Mediators only: when they joined and (if so) were removed, server time in ms. */
  joinedAt: z.number().optional(),
  removedAt: z.number().nullable().optional(),
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const rosterSchema = z.object({ participants: z.array(rosterEntrySchema) });
export type Roster = z.infer<typeof rosterSchema>;
