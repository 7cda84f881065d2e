import { z } from 'zod';

export const EDIT_MODES = ['direct', 'suggest'] as const;
export const editModeSchema = z.enum(EDIT_MODES);
export type EditMode = z.infer<typeof editModeSchema>;

export const sessionSettingsSchema = z.object({
  /** One-Text procedure: the mediator alone holds the pen on clause text; delegates comment. */
  oneText: z.boolean(),
  /** Read-only for everyone but the mediator. */
  frozen: z.boolean(),
  /** Observers may download the text and see the saved revisions (`rules/RevisionAccess.ts`). */
  observersMayExport: z.boolean(),
  /** Members of a working group may table its drafts in the plenary themselves (else only the mediator). */
  workingGroupsMayTable: z.boolean(),
  /**
   * A party may accept or reject the pending suggestions that lie wholly inside brackets it holds (the
   * words are its reservation to settle); else only the mediator settles suggestions.
   */
  holdersMaySettleSuggestions: z.boolean(),
  /**
   * How delegates change clause text: `direct` edits, or `suggest` (tracked insertions and deletions
   * the mediator accepts or rejects; `schema/Suggestion.ts`). One-Text mode implies `suggest`.
   */
  editMode: editModeSchema,
});
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

export const DEFAULT_SESSION_SETTINGS: SessionSettings = {
  oneText: false,
  frozen: false,
  observersMayExport: false,
  workingGroupsMayTable: false,
  holdersMaySettleSuggestions: false,
  editMode: 'direct',
};
