import type { Participant, SessionSettings } from '@parley/shared';
import { maySettleSuggestion, mustSuggest, suggestionEditProblem } from '@parley/shared';
import { useMemo, useState } from 'react';
import type { Suggesting } from './SuggestingContext.ts';

/**
 * The draft's suggesting state for the local participant, live from the session's settings: a
 * delegate must suggest in "Delegates only suggest" or One-Text mode (shared `mustSuggest`, which
 * the server's gate applies too); anyone else may choose to.
 */
export function useSuggestingState(
  you: Participant,
  settings: SessionSettings,
  nameOf: (participantId: string) => string | null,
): Suggesting {
  const [chosen, setChosen] = useState(false);
  const must = mustSuggest(you, settings);
  const active = must || chosen;
  const { holdersMaySettleSuggestions } = settings;
  return useMemo<Suggesting>(
    () => ({
      mustSuggest: must,
      active,
      choose: setChosen,
      suggester: active ? { by: you.participantId, party: you.partyId ?? null } : null,
      problem: (before, after) => suggestionEditProblem(before, after, you, must),
      maySettle: (suggestion) => maySettleSuggestion(you, { holdersMaySettleSuggestions }, suggestion),
      nameOf,
    }),
    [must, active, you, nameOf, holdersMaySettleSuggestions],
  );
}
