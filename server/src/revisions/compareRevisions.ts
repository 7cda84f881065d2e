import type { ClauseComparison, ClauseStatus } from '@parley/shared';
import { clauseNumbers, clauseWordingBracketed, plenaryRoots, readClausesInOrder } from '@parley/shared';
import { diffWords } from 'diff';
import * as Y from 'yjs';

interface ClauseText {
  readonly number: string;
  readonly text: string;
  readonly status: ClauseStatus;
}

/**
 * The wording of every clause of a plenary state: heading, body and options, as plain text with its
 * brackets and pending suggestions visible (as the clause history reads it).
 */
function clauseTexts(state: Uint8Array): Map<string, ClauseText> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const clauses = readClausesInOrder(plenaryRoots(doc));
  const numbers = clauseNumbers(clauses);
  const texts = new Map<string, ClauseText>();
  for (const clause of clauses) {
    const text = clauseWordingBracketed(clause);
    texts.set(clause.id, { number: numbers.get(clause.id) ?? '', text, status: clause.status });
  }
  doc.destroy();
  return texts;
}

/**
 * Compares two revisions clause by clause (matched by their stable ids, so renumbering is not a
 * change) with a word-level diff: the clauses of the newer text in order, then those it removed.
 */
export function compareRevisions(before: Uint8Array, after: Uint8Array): ClauseComparison[] {
  const older = clauseTexts(before);
  const newer = clauseTexts(after);
  const comparisons: ClauseComparison[] = [];
  for (const [clauseId, now] of newer) {
    const was = older.get(clauseId);
    const parts = diffWords(was?.text ?? '', now.text).map((part) => ({
      value: part.value,
      ...(part.added ? { added: true as const } : {}),
      ...(part.removed ? { removed: true as const } : {}),
    }));
    const changed = was === undefined ? 'added' : parts.some((p) => p.added || p.removed) ? 'changed' : 'unchanged';
    comparisons.push({
      clauseId,
      number: now.number,
      change: changed,
      statusBefore: was?.status ?? null,
      statusAfter: now.status,
      parts,
    });
  }
  for (const [clauseId, was] of older) {
    if (newer.has(clauseId)) continue;
    comparisons.push({
      clauseId,
      number: was.number,
      change: 'removed',
      statusBefore: was.status,
      statusAfter: null,
      parts: [{ value: was.text, removed: true }],
    });
  }
  return comparisons;
}
