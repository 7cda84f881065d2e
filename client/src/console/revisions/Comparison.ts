import type { ClauseStatus } from '@parley/shared';
import { clauseStatusSchema } from '@parley/shared';
import { isRecord } from '../../api/isRecord.ts';

/** One clause compared between two texts (`GET …/versions/compare`): its change and a word diff. */
export interface ClauseComparison {
  readonly clauseId: string;
  readonly number: string;
  readonly change: 'added' | 'removed' | 'changed' | 'unchanged';
  readonly statusBefore: ClauseStatus | null;
  readonly statusAfter: ClauseStatus | null;
  readonly parts: readonly { readonly value: string; readonly added: boolean; readonly removed: boolean }[];
}

export interface Comparison {
  readonly from: string;
  readonly to: string;
  readonly clauses: readonly ClauseComparison[];
}

const CHANGES = new Set(['added', 'removed', 'changed', 'unchanged']);

function status(value: unknown): ClauseStatus | null | undefined {
  if (value === null) return null;
  const parsed = clauseStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

export function parseComparison(value: unknown): Comparison | null {
  if (!isRecord(value) || typeof value.from !== 'string' || typeof value.to !== 'string') return null;
  if (!Array.isArray(value.clauses)) return null;
  const clauses: ClauseComparison[] = [];
  for (const clause of value.clauses) {
    if (!isRecord(clause) || !Array.isArray(clause.parts)) return null;
    const { clauseId, number, change } = clause;
    const before = status(clause.statusBefore);
    const after = status(clause.statusAfter);
    if (typeof clauseId !== 'string' || typeof number !== 'string' || typeof change !== 'string') return null;
    if (!CHANGES.has(change) || before === undefined || after === undefined) return null;
    const parts: ClauseComparison['parts'][number][] = [];
    for (const part of clause.parts) {
      if (!isRecord(part) || typeof part.value !== 'string') return null;
      parts.push({ value: part.value, added: part.added === true, removed: part.removed === true });
    }
    clauses.push({
      clauseId,
      number,
      change: change as ClauseComparison['change'],
      statusBefore: before,
      statusAfter: after,
      parts,
    });
  }
  return { from: value.from, to: value.to, clauses };
}
