import type { AgendaItem, PlenaryRoots } from '@parley/shared';
import { readAgenda } from '@parley/shared';
import { useCallback } from 'react';
import * as Y from 'yjs';
import { useYjsValue } from '../yjs/useYjsValue.ts';
import { samePlainValue } from './samePlainValue.ts';

/** The agenda items in order, live; typing in an item's notes does not re-read the list. */
export function useAgenda(roots: PlenaryRoots): readonly AgendaItem[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const listener = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => !(event.target instanceof Y.Text))) onChange();
      };
      roots.agenda.observeDeep(listener);
      return () => roots.agenda.unobserveDeep(listener);
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readAgenda(roots), samePlainValue);
}
