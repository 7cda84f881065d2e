import type { Clause, PlenaryRoots } from '@parley/shared';
import { clauseNumbers, clauseRecord, readClausesInOrder } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** What the clause list shows of a clause; the body stays a live Yjs type for the editor to bind. */
export interface ClauseSummary
  extends Pick<Clause, 'id' | 'kind' | 'status' | 'locked' | 'body' | 'heading' | 'origin'> {
  /** The clause's record, for the parts that follow their own changes (options, sign-offs, comments). */
  readonly record: Y.Map<unknown>;
  /** "PP1", "PP2" … for the preamble, "1", "2" … for operative clauses; derived from the order. */
  readonly number: string;
}

/**
 * The clauses in the order of the text, live. Only changes to the order or to the clause records'
 * own fields re-read the list: edits inside a clause's text belong to its editor.
 */
export function useClauses(roots: PlenaryRoots): readonly ClauseSummary[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const onClauses = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        if (events.some((event) => event.target === roots.clauses || event.target.parent === roots.clauses)) {
          onChange();
        }
      };
      roots.clauseOrder.observe(onChange);
      roots.clauses.observeDeep(onClauses);
      return () => {
        roots.clauseOrder.unobserve(onChange);
        roots.clauses.unobserveDeep(onClauses);
      };
    },
    [roots],
  );
  return useYjsValue(subscribe, () => summarize(roots, readClausesInOrder(roots)), sameClauses);
}

function summarize(roots: PlenaryRoots, clauses: readonly Clause[]): ClauseSummary[] {
  const numbers = clauseNumbers(clauses);
  return clauses.flatMap(({ id, kind, status, locked, body, heading, origin }) => {
    const record = clauseRecord(roots, id);
    return record ? [{ id, kind, status, locked, body, heading, origin, record, number: numbers.get(id) ?? '' }] : [];
  });
}

function sameClauses(a: readonly ClauseSummary[], b: readonly ClauseSummary[]): boolean {
  return a.length === b.length && a.every((clause, index) => sameClause(clause, b[index]));
}

function sameClause(a: ClauseSummary, b: ClauseSummary | undefined): boolean {
  return (
    b !== undefined &&
    a.id === b.id &&
    a.kind === b.kind &&
    a.status === b.status &&
    a.locked === b.locked &&
    a.body === b.body &&
    a.heading === b.heading &&
    a.record === b.record &&
    a.number === b.number &&
    // Origins are written once, when the clause is tabled: comparing what they say is enough.
    JSON.stringify(a.origin) === JSON.stringify(b.origin)
  );
}
