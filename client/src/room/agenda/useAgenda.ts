import type { AgendaItem, PlenaryRoots } from '@parley/shared';
import { AGENDA_STATE_NAMES, readAgenda } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** The agenda's items in order, live; typing in an item's notes does not re-render readers. */
export function useAgenda(roots: PlenaryRoots): readonly AgendaItem[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const onAgenda = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => event.target === roots.agenda || event.target.parent === roots.agenda)) onChange();
      };
      roots.agenda.observeDeep(onAgenda);
      return () => roots.agenda.unobserveDeep(onAgenda);
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readAgenda(roots), sameItems);
}

function sameItems(a: readonly AgendaItem[], b: readonly AgendaItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The words for each agenda state come from the one place of display names. */
export const AGENDA_STATE_LABELS: Readonly<Record<AgendaItem['state'], string>> = AGENDA_STATE_NAMES;
