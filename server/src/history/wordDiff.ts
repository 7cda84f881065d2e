import type { DiffPart } from '@parley/shared';
import { diffWords } from 'diff';

/** A word-level diff in the protocol's shape (`added`/`removed` only where true). */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));
}
