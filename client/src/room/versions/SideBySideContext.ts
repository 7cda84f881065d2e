import type { ClauseId, SessionLanguage, Verdict } from '@parley/shared';
import { createContext, useContext } from 'react';

/** What the draft's clauses need to show a second language beside the original. */
export interface SideBySide {
  /** The session's languages, the language of negotiation first. */
  readonly languages: readonly SessionLanguage[];
  /** The language of negotiation: the clause's own text. */
  readonly source: string;
  /** The version shown beside it, or null for the original alone. */
  readonly language: string | null;
  /** Whether the local participant may write each clause's version in `language` (the gate's rule). */
  readonly verdicts: ReadonlyMap<ClauseId, Verdict>;
}

export const SideBySideContext = createContext<SideBySide | null>(null);

/** The side-by-side state of the draft, or null outside it (rooms' drafts, the positions board). */
export function useSideBySide(): SideBySide | null {
  return useContext(SideBySideContext);
}
