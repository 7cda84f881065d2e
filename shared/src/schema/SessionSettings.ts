import { z } from 'zod';

export const sessionSettingsSchema = z.object({
  /** One-Text procedure: the mediator alone holds the pen on clause text; delegates comment. */
  oneText: z.boolean(),
  /** Read-only for everyone but the mediator. */
  frozen: z.boolean(),
  /** Observers may download the text and see the saved revisions (`rules/RevisionAccess.ts`). */
  observersMayExport: z.boolean(),
  /** Members of a working group may table its drafts in the plenary themselves (else only the mediator). */
  workingGroupsMayTable: z.boolean(),
});
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  oneText: false,
  frozen: false,
  observersMayExport: false,
  workingGroupsMayTable: false,
};
