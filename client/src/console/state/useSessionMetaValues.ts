import type { Party, PlenaryRoots, SessionSettings } from '@parley/shared';
import { readParties, readSettings } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../../yjs/useYjsValue.ts';
import { observeDeep } from './observeDeep.ts';
import { samePlainValue } from './samePlainValue.ts';

/** The session's settings (One-Text mode, frozen, observers may export), live. */
export function useSessionSettings(roots: PlenaryRoots): SessionSettings {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  return useYjsValue(subscribe, () => readSettings(roots), samePlainValue);
}

/** The parties in the order they were listed, live. */
export function useParties(roots: PlenaryRoots): readonly Party[] {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  return useYjsValue(subscribe, () => readParties(roots), samePlainValue);
}
