import type { Moderation, PlenaryRoots } from '@parley/shared';
import { readModeration } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../yjs/useYjsValue.ts';
import { observeDeep } from './observeDeep.ts';
import { samePlainValue } from './samePlainValue.ts';

/**
 * The moderation state (current item, timer, speakers' list, floor, mutes, breakouts), live, for the
 * room and the console alike. The server replaces each key whole, so comparing plain values is exact.
 */
export function useModeration(roots: PlenaryRoots): Moderation {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.moderation, onChange), [roots]);
  return useYjsValue(subscribe, () => readModeration(roots), samePlainValue);
}
