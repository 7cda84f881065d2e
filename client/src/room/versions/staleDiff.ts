import type { DiffPart } from '@parley/shared';
import { diffWords } from 'diff';

/**
 * What changed in the source since a version was aligned: a word diff of its wording then
 * (`alignment.sourceWording`) and now, in the protocol's shape (`added`/`removed` only where true).
 */
export function staleDiff(alignedSource: string, currentSource: string): DiffPart[] {
  return diffWords(alignedSource, currentSource).map(
    (part): DiffPart => ({
      value: part.value,
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
    }),
  );
}
