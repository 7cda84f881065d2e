import type { ClauseId, ClauseKind, PlenaryRoots } from '@parley/shared';
import { insertClause, readClausesInOrder } from '@parley/shared';

/**
 * Adds an empty clause: an operative clause at the end of the text, a preamble paragraph after the
 * last one (the preamble comes before the operative part).
 */
export function addClause(roots: PlenaryRoots, kind: ClauseKind): ClauseId {
  if (kind === 'operative') return insertClause(roots, { kind });
  const preamble = new Set<string>(
    readClausesInOrder(roots)
      .filter((clause) => clause.kind === 'preamble')
      .map((clause) => clause.id),
  );
  let index = 0;
  roots.clauseOrder.forEach((id, position) => {
    if (preamble.has(id)) index = position + 1;
  });
  return insertClause(roots, { kind }, index);
}
