import type { ClauseComparison, ClauseStatus } from '@parley/shared';
import {
  clauseNumbers,
  clauseRecord,
  clauseTextIn,
  clauseWordingBracketed,
  languageOfNegotiation,
  plenaryRoots,
  readClausesInOrder,
  readLanguages,
  wordDiff,
} from '@parley/shared';
import * as Y from 'yjs';

interface ClauseText {
  readonly number: string;
  readonly text: string;
  readonly status: ClauseStatus;
}

/**
 * The wording of every clause of a plenary state in one language: heading, body and options, as
 * plain text with its brackets and pending suggestions visible (as the clause history reads it). A
 * revision holds every language; a clause saved before its version existed reads as no words.
 */
function clauseTexts(state: Uint8Array, language: string): Map<string, ClauseText> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const roots = plenaryRoots(doc);
  const negotiatedIn = languageOfNegotiation(readLanguages(roots));
  const clauses = readClausesInOrder(roots);
  const numbers = clauseNumbers(clauses);
  const texts = new Map<string, ClauseText>();
  for (const clause of clauses) {
    const record = clauseRecord(roots, clause.id);
    const wording = record === null ? null : clauseTextIn(record, language, negotiatedIn);
    const text = wording === null ? '' : clauseWordingBracketed(wording);
    texts.set(clause.id, { number: numbers.get(clause.id) ?? '', text, status: clause.status });
  }
  doc.destroy();
  return texts;
}

/**
 * Compares two revisions clause by clause (matched by their stable ids, so renumbering is not a
 * change) in one language (a session language's tag), with a word-level diff that splits words as
 * that language has them (Chinese and Japanese included): the clauses of the newer text in order,
 * then those it removed.
 */
export function compareRevisions(before: Uint8Array, after: Uint8Array, language: string): ClauseComparison[] {
  const older = clauseTexts(before, language);
  const newer = clauseTexts(after, language);
  const comparisons: ClauseComparison[] = [];
  for (const [clauseId, now] of newer) {
    const was = older.get(clauseId);
    const parts = wordDiff(was?.text ?? '', now.text, language);
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
