import type { AgendaItemId, PartyId, PlenaryRoots } from '@parley/shared';
import { readStatement } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** A party's statement on an agenda item, once someone has started it; null before. */
export function useStatement(roots: PlenaryRoots, partyId: PartyId, itemId: AgendaItemId): Y.XmlFragment | null {
  const subscribe = useCallback(
    (onChange: () => void) => {
      roots.statements.observe(onChange);
      return () => roots.statements.unobserve(onChange);
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readStatement(roots, partyId, itemId), Object.is);
}
