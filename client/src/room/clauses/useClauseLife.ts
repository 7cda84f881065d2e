import type { ClauseStatus, Participant, PartyId, TransitionRefusal } from '@parley/shared';
import { checkTransition, clauseFactsOf, readClause, statusFromContent } from '@parley/shared';
import { useCallback } from 'react';
import type * as Y from 'yjs';
import { useYjsValue } from '../../yjs/useYjsValue.ts';

/** Where a clause stands in its life, as the local participant should see it. */
export interface ClauseLifeView {
  /** The status its content makes it (a bracket typed a moment ago already shows as Bracketed). */
  readonly status: ClauseStatus;
  /** Why the local delegate cannot sign off now (brackets, options, status), or null when they can. */
  readonly signOffRefusal: string | null;
  /** The same refusal as facts, for the reader's language (`transitionRefusalWords`). */
  readonly signOffWhy: TransitionRefusal | null;
}

/**
 * The shared clause life applied to a clause, live: the server decides, this only shows the same
 * answer ahead of it, with the same words.
 */
export function useClauseLife(
  record: Y.Map<unknown>,
  parties: readonly { readonly id: PartyId; readonly name: string }[],
  you: Participant,
): ClauseLifeView {
  const subscribe = useCallback(
    (onChange: () => void) => {
      record.observeDeep(onChange);
      return () => record.unobserveDeep(onChange);
    },
    [record],
  );
  const read = (): ClauseLifeView => {
    const clause = readClause(record);
    if (!clause) return { status: 'proposed', signOffRefusal: null, signOffWhy: null };
    const facts = clauseFactsOf(clause, parties);
    const verdict = you.role === 'delegate' ? checkTransition('signOff', facts, you) : null;
    return {
      status: statusFromContent(clause.status, facts.content),
      signOffRefusal: verdict === null || verdict.allowed ? null : verdict.reason,
      signOffWhy: verdict === null || verdict.allowed ? null : verdict.why,
    };
  };
  return useYjsValue(subscribe, read, (a, b) => a.status === b.status && a.signOffRefusal === b.signOffRefusal, [
    record,
    parties,
    you,
  ]);
}
