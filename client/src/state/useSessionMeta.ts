import type { Party, PlenaryRoots, SessionSettings } from '@parley/shared';
import { readParties, readSettings, readTitle } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../yjs/useYjsValue.ts';
import { observeDeep } from './observeDeep.ts';
import { samePlainValue } from './samePlainValue.ts';

/** The session's own record: its title, the parties in the order they were listed, its settings. */
export interface SessionMeta {
  readonly title: string;
  readonly parties: readonly Party[];
  /** One-Text mode, frozen, observers may export. */
  readonly settings: SessionSettings;
}

/** The session's meta record, live from the document's `meta`, for the room and the console alike. */
export function useSessionMeta(roots: PlenaryRoots): SessionMeta {
  const subscribe = useCallback((onChange: () => void) => observeDeep(roots.meta, onChange), [roots]);
  const read = (): SessionMeta => ({
    title: readTitle(roots),
    parties: readParties(roots),
    settings: readSettings(roots),
  });
  return useYjsValue(subscribe, read, samePlainValue);
}
