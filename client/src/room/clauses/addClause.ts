import type { ClauseId, ClauseKind, PlenaryRoots } from '@parley/shared';
import { appendParagraph, clauseRecord, insertClause, readClause, readClausesInOrder } from '@parley/shared';

/**
 * Adds an empty clause: an operative clause at the end of the text, a preamble paragraph after the
 * last one (the preamble comes before the operative part).
 */
export function addClause(roots: PlenaryRoots, kind: ClauseKind): ClauseId {
  const doc = roots.clauses.doc;
  if (!doc) throw new Error('addClause needs the roots of a document');
  let id: ClauseId | null = null;
  doc.transact(() => {
    id = insertClause(roots, { kind }, kind === 'preamble' ? afterPreamble(roots) : undefined);
    // One empty paragraph from the start: an empty body would get one from every editor that types
    // into it before the others' first keystroke arrives, splitting the clause into paragraphs.
    const record = clauseRecord(roots, id);
    const clause = record && readClause(record);
    if (clause) appendParagraph(clause.body, '');
  });
  if (id === null) throw new Error('insertClause did not add a clause');
  return id;
}

/** The position just after the last preamble paragraph (0 when there is none). */
function afterPreamble(roots: PlenaryRoots): number {
  const preamble = new Set<string>(
    readClausesInOrder(roots)
      .filter((clause) => clause.kind === 'preamble')
      .map((clause) => clause.id),
  );
  let index = 0;
  roots.clauseOrder.forEach((id, position) => {
    if (preamble.has(id)) index = position + 1;
  });
  return index;
}
