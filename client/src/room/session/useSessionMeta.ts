import type { Party, PlenaryRoots } from '@parley/shared';
import { readParties, readTitle } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

export interface SessionMeta {
  readonly title: string;
  readonly parties: readonly Party[];
}

/** The session's title and parties, live from the document's `meta`. */
export function useSessionMeta(roots: PlenaryRoots): SessionMeta {
  const subscribe = useCallback(
    (onChange: () => void) => {
      roots.meta.observeDeep(onChange);
      return () => roots.meta.unobserveDeep(onChange);
    },
    [roots],
  );
  const read = (): SessionMeta => ({ title: readTitle(roots), parties: readParties(roots) });
  return useYjsValue(subscribe, read, sameMeta);
}

function sameMeta(a: SessionMeta, b: SessionMeta): boolean {
  return (
    a.title === b.title &&
    a.parties.length === b.parties.length &&
    a.parties.every((party, index) => {
      const other = b.parties[index];
      return other !== undefined && party.id === other.id && party.name === other.name && party.color === other.color;
    })
  );
}
