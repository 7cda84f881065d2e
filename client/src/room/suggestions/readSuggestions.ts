import type { PendingSuggestion } from '@parley/shared';
import { clauseTextFields, pendingSuggestionsOf } from '@parley/shared';
import type * as Y from 'yjs';

export type { PendingSuggestion } from '@parley/shared';

/**
 * The pending suggestions in a clause record (its body and options), in the order of the text, read
 * from Yjs directly with the shared reader the server's preconditions use, so the console (which has
 * no editors) and the room read them alike.
 */
export function readSuggestions(record: Y.Map<unknown>): PendingSuggestion[] {
  return pendingSuggestionsOf(clauseTextFields(record));
}

/** "Anna Kowalska (Ruritania) proposes to add “all three”". */
export function describePending(suggestion: Pick<PendingSuggestion, 'kind' | 'words'>, author: string): string {
  const verb = suggestion.kind === 'insertion' ? 'add' : 'strike';
  // The words without the spaces typed around them (" jointly" reads as “jointly”).
  return `${author} proposes to ${verb} “${suggestion.words.trim()}”`;
}
