import type { PlenaryRoots } from '@parley/shared';
import { plenaryRoots } from '@parley/shared';
import { useMemo } from 'react';
import type * as Y from 'yjs';

/** The root types of a plenary document, stable for the life of the `Y.Doc`. */
export function usePlenaryRoots(doc: Y.Doc): PlenaryRoots {
  return useMemo(() => plenaryRoots(doc), [doc]);
}
