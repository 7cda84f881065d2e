import type { PlenaryRoots } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';

/**
 * A subscription to what write rights depend on (the settings in `meta`, mutes in `moderation`, a
 * clause's lock or status), not to every keystroke in a clause's text: for `useYjsValue`.
 */
export function useRightsSubscription(roots: PlenaryRoots): (onChange: () => void) => () => void {
  return useCallback(
    (onChange: () => void) => {
      const onClauses = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => event.target === roots.clauses || event.target.parent === roots.clauses)) {
          onChange();
        }
      };
      roots.meta.observeDeep(onChange);
      roots.moderation.observeDeep(onChange);
      roots.clauses.observeDeep(onClauses);
      return () => {
        roots.meta.unobserveDeep(onChange);
        roots.moderation.unobserveDeep(onChange);
        roots.clauses.unobserveDeep(onClauses);
      };
    },
    [roots],
  );
}
