import type { PlenaryRoots } from '@parley/shared';
import { clauseNumbers, readAgenda, readClausesInOrder } from '@parley/shared';
import { useCallback } from 'react';
import { useYjsValue } from '../../yjs/useYjsValue.ts';
import { clauseName } from '../clauses/clauseName.ts';
import { samePlainValue } from '../state/samePlainValue.ts';

/** Names for the ids a record entry mentions: clauses by number, agenda items by title. */
export interface RecordLabels {
  readonly clauses: Readonly<Record<string, string>>;
  readonly items: Readonly<Record<string, string>>;
}

function readLabels(roots: PlenaryRoots): RecordLabels {
  const clauses = readClausesInOrder(roots);
  const numbers = clauseNumbers(clauses);
  return {
    clauses: Object.fromEntries(clauses.map((c) => [c.id, clauseName(c.kind, numbers.get(c.id) ?? '')])),
    items: Object.fromEntries(readAgenda(roots).map((item) => [item.id, item.title])),
  };
}

/** Clause numbers and agenda titles, live (only the order and the agenda matter, not the wording). */
export function useRecordLabels(roots: PlenaryRoots): RecordLabels {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const onStructure = () => onChange();
      roots.clauseOrder.observe(onStructure);
      roots.agenda.observe(onStructure);
      roots.clauses.observe(onStructure);
      return () => {
        roots.clauseOrder.unobserve(onStructure);
        roots.agenda.unobserve(onStructure);
        roots.clauses.unobserve(onStructure);
      };
    },
    [roots],
  );
  return useYjsValue(subscribe, () => readLabels(roots), samePlainValue);
}
