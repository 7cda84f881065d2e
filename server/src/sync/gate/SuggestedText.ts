import type { ClauseId, MarkedBlock, PlenaryRoots } from '@parley/shared';
import { clauseRecord, clauseTextFields, readMarkedBlocks } from '@parley/shared';

/**
 * The text of the given clauses block by block with every run's marks, read from the document's
 * live state, for suggesting mode's rules (shared `SuggestionRules`): like brackets, suggestions are
 * judged by their effect, so the binding's own rewrites are judged by what they leave.
 */
export function readClauseTexts(roots: PlenaryRoots, clauseIds: Iterable<string>): Map<string, MarkedBlock[]> {
  const result = new Map<string, MarkedBlock[]>();
  for (const clauseId of clauseIds) {
    const record = clauseRecord(roots, clauseId as ClauseId);
    result.set(clauseId, record ? readMarkedBlocks(clauseTextFields(record)) : []);
  }
  return result;
}
