import type { Bracket, ClauseId, ImportedBlock, ImportedClause, ImportedRun, PlenaryRoots } from '@parley/shared';
import { BRACKET_MARK, clauseRecord, IMPORTED_BRACKET_NOTE, insertClause } from '@parley/shared';
import * as Y from 'yjs';

/** The note every imported bracket carries until the mediator gives it to the party that holds it. */
export { IMPORTED_BRACKET_NOTE };

/**
 * Appends the clauses after the existing ones, their bodies written the way TipTap's binding stores
 * rich text (paragraph / bulletList / orderedList > listItem > paragraph; marks as text attributes,
 * `{}` for a mark without attributes), so the gate and every editor read them as their own.
 */
export function writeImportedClauses(
  roots: PlenaryRoots,
  clauses: readonly ImportedClause[],
  bracket: Bracket | null,
): ClauseId[] {
  return clauses.map((clause) => {
    const id = insertClause(roots, { kind: clause.kind, heading: clause.heading ?? '' });
    const body = clauseRecord(roots, id)?.get('body');
    if (!(body instanceof Y.XmlFragment)) throw new Error('a new clause has no body');
    body.insert(
      0,
      clause.paragraphs.map((block) => blockElement(block, bracket)),
    );
    return id;
  });
}

function blockElement(block: ImportedBlock, bracket: Bracket | null): Y.XmlElement {
  if (block.type === 'paragraph') return paragraph(block.runs, bracket);
  // No `start` attribute: an orderedList without one starts at 1, TipTap's default.
  const list = new Y.XmlElement(block.type);
  list.insert(
    0,
    block.items.map((runs) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph(runs, bracket)]);
      return item;
    }),
  );
  return list;
}

function paragraph(runs: readonly ImportedRun[], bracket: Bracket | null): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  const text = new Y.XmlText();
  let at = 0;
  for (const run of runs) {
    const marks: Record<string, object> = {};
    if (run.bold) marks.bold = {};
    if (run.italic) marks.italic = {};
    if (run.bracket && bracket) marks[BRACKET_MARK] = { ...bracket };
    text.insert(at, run.text, marks);
    at += run.text.length;
  }
  element.insert(0, [text]);
  return element;
}
