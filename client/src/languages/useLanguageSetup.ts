import type { PlenaryRoots, SessionLanguage } from '@parley/shared';
import { readLanguages, readLanguagesInParallel } from '@parley/shared';
import { useCallback } from 'react';
import { observeDeep } from '../state/observeDeep.ts';
import { samePlainValue } from '../state/samePlainValue.ts';
import { useYjsValue } from '../yjs/useYjsValue.ts';

export interface LanguageSetup {
  readonly languages: readonly SessionLanguage[];
  readonly inParallel: boolean;
}

/** The session's languages and whether they are negotiated in parallel, live from the plenary's `meta`. */
export function useLanguageSetup(roots: PlenaryRoots): LanguageSetup {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  return useYjsValue(
    subscribe,
    () => ({ languages: readLanguages(roots), inParallel: readLanguagesInParallel(roots) }),
    samePlainValue,
  );
}
