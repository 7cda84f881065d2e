import type { Moderation, PlenaryRoots } from '@parley/shared';
import { readModeration } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/**
 * The moderation state (current item, timer, speakers, floor, breakouts), live. The server replaces
 * each key whole, so comparing the plain values is cheap and exact.
 */
export function useModeration(roots: PlenaryRoots): Moderation {
  const subscribe = useCallback(
    (onChange: () => void) => {
      roots.moderation.observe(onChange);
      return () => roots.moderation.unobserve(onChange);
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readModeration(roots), sameJson);
}

function sameJson(a: Moderation, b: Moderation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
