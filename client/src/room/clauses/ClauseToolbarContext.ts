import type { ClauseId, ClauseOption } from '@parley/shared';
import type { Editor } from '@tiptap/core';
import { createContext, useContext } from 'react';

/**
 * What the draft's one toolbar acts on: the clause being edited, published by its card whenever any
 * of this changes, so that the toolbar follows a lock or a new option at once.
 */
export interface ClauseToolbarTarget {
  readonly clauseId: ClauseId;
  /** "clause 3", "PP1": how the toolbar names the clause. */
  readonly name: string;
  /** The clause's editor with the focus (its text or one of its options). */
  readonly editor: Editor | null;
  /** What that editor holds, for the toolbar's accessible name ("option 2 of clause 3"). */
  readonly editorLabel: string;
  /** Why this person may not change the clause's words now, or null. */
  readonly blockedReason: string | null;
  /** Why the last edit was not made (another party's bracket), for a few seconds. */
  readonly notice: string | null;
  /** The clause's options, for the next option's label; null when this person may not add one. */
  readonly options: readonly ClauseOption[] | null;
  /** Opens the clause's comments at the text box; null when this person may not comment. */
  readonly comment: (() => void) | null;
}

export interface ClauseToolbarControl {
  /** A card says what the toolbar would act on for its clause (again after every change). */
  readonly publish: (target: ClauseToolbarTarget) => void;
  /** The clause left the text (or its card was unmounted). */
  readonly withdraw: (clauseId: ClauseId) => void;
  /** The person is now in this clause's text: the toolbar acts on it. */
  readonly activate: (clauseId: ClauseId) => void;
}

const IGNORE: ClauseToolbarControl = { publish: () => undefined, withdraw: () => undefined, activate: () => undefined };

/** Outside the draft (a card rendered alone), publishing goes nowhere. */
export const ClauseToolbarContext = createContext<ClauseToolbarControl>(IGNORE);

export function useClauseToolbar(): ClauseToolbarControl {
  return useContext(ClauseToolbarContext);
}
