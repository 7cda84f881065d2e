import type { Participant, SessionSettings } from '@parley/shared';
import { useMemo, useState } from 'react';
import type { Suggesting } from './SuggestingContext.ts';

/**
 * A delegate must suggest when the mediator set "Delegates only suggest" (`settings.editMode`) or
 * in One-Text mode, where the mediator holds the pen. The server's gate enforces the same.
 */
export function mustSuggest(you: Participant, settings: SessionSettings): boolean {
  if (you.role !== 'delegate') return false;
  // Until the server's setting lands on this branch (suggest-gate), read it where it will be.
  return settings.oneText || ('editMode' in settings && settings.editMode === 'suggest');
}

/** The draft's suggesting state for the local participant, live from the session's settings. */
export function useSuggestingState(
  you: Participant,
  settings: SessionSettings,
  nameOf: (participantId: string) => string | null,
): Suggesting {
  const [chosen, setChosen] = useState(false);
  const must = mustSuggest(you, settings);
  const active = must || chosen;
  return useMemo<Suggesting>(
    () => ({
      mustSuggest: must,
      active,
      choose: setChosen,
      suggester: active ? { by: you.participantId, party: you.partyId ?? null } : null,
      nameOf,
    }),
    [must, active, you, nameOf],
  );
}
