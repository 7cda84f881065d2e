import { createContext, useContext } from 'react';

/**
 * Opens the room's revisions view in place of the draft; null where there is no such view (or the
 * participant may not see it). The mediator's console links to it instead of comparing in its column.
 */
export const RevisionsViewContext = createContext<(() => void) | null>(null);

export function useOpenRevisions(): (() => void) | null {
  return useContext(RevisionsViewContext);
}
