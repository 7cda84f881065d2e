import type { PlenaryRoots, SessionLanguage } from '@parley/shared';
import { readLanguages } from '@parley/shared';
import { useCallback } from 'react';
import { observeDeep } from '../../state/observeDeep.ts';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** The session's languages, live from the plenary's `meta` (the first is the language of negotiation). */
export function useSessionLanguages(roots: PlenaryRoots): readonly SessionLanguage[] {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  return useYjsValue(subscribe, () => readLanguages(roots), samePlainValue);
}
