import type { DiffPart } from '@parley/shared';
import { diffWords } from 'diff';

/**
 * What changed in the source since a version was aligned: a word diff of its wording then
 * (`alignment.sourceWording`) and now, in the protocol's shape (`added`/`removed` only where true),
 * with words as the source's language has them (`Intl.Segmenter`: Chinese and Japanese, which write
 * no spaces, still diff word by word). The same call shape as the shared `wordDiff` the exports
 * branch brings (shared/src/text/), which this becomes once that is in main.
 */
export function staleDiff(alignedSource: string, currentSource: string, language: string): DiffPart[] {
  return diffWords(alignedSource, currentSource, { intlSegmenter: wordSegmenter(language) }).map(
    (part): DiffPart => ({
      value: part.value,
      ...(part.added ? { added: true } : {}),
      ...(part.removed ? { removed: true } : {}),
    }),
  );
}

function wordSegmenter(language: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(language, { granularity: 'word' });
  } catch {
    return new Intl.Segmenter(undefined, { granularity: 'word' });
  }
}
