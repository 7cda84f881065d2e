import type { Adoption, PlenaryRoots, Silence } from '@parley/shared';
import { readAdoption, readSilence } from '@parley/shared';
import { useCallback } from 'react';
import { observeDeep } from '../../state/observeDeep.ts';
import { samePlainValue } from '../../state/samePlainValue.ts';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** The closing state (`moderation.adoption`, `moderation.silence`), live; the server replaces each whole. */
export interface ClosingState {
  readonly adoption: Adoption | null;
  readonly silence: Silence | null;
}

export function useClosing(roots: PlenaryRoots): ClosingState {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.moderation, onChange), [roots]);
  return useYjsValue(subscribe, () => ({ adoption: readAdoption(roots), silence: readSilence(roots) }), samePlainValue);
}
