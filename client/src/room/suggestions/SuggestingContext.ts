import type { MarkedBlock, PendingSuggestion } from '@parley/shared';
import { createContext, useContext } from 'react';
import type { Suggester } from '../editor/SuggestChanges.ts';

/**
 * Whether the local participant's edits in the draft become suggestions (issue 14), and who the
 * suggestions' authors are by name. Provided around the draft; absent elsewhere (room notes), where
 * edits are direct.
 */
export interface Suggesting {
  /** The session makes this person suggest (a delegate in "Delegates only suggest" or One-Text mode). */
  readonly mustSuggest: boolean;
  /** Suggesting now: they must, or they chose to with the toolbar's "Suggest" switch. */
  readonly active: boolean;
  /** Turns the chosen suggesting on or off (no effect while they must). */
  readonly choose: (on: boolean) => void;
  /** The author the editors write into new suggestions while active, else null. */
  readonly suggester: Suggester | null;
  /** Why the server would refuse this change of a text (shared `suggestionEditProblem`), or null. */
  readonly problem: (before: readonly MarkedBlock[], after: readonly MarkedBlock[]) => string | null;
  /** Whether the local participant may accept or reject this suggestion (shared `maySettleSuggestion`). */
  readonly maySettle: (suggestion: Pick<PendingSuggestion, 'holder'>) => boolean;
  /** A participant's name, for "suggested by …", or null while the page does not know it yet. */
  readonly nameOf: (participantId: string) => string | null;
}

export const SuggestingContext = createContext<Suggesting | null>(null);

export function useSuggesting(): Suggesting | null {
  return useContext(SuggestingContext);
}
