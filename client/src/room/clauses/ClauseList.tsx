import type { ClauseId, Verdict } from '@parley/shared';
import type { WebsocketProvider } from 'y-websocket';
import { useMessages } from '../../i18n/useMessages.ts';
import type { WriteRights } from '../rights/useWriteRights.ts';
import { ClauseCard } from './ClauseCard.tsx';
import type { ClauseSummary } from './useClauses.ts';

interface ClauseListProps {
  readonly clauses: readonly ClauseSummary[];
  /** What the local participant may write: each clause's editors follow its verdict live. */
  readonly rights: WriteRights;
  readonly provider: WebsocketProvider;
  /** The clause this user just added, whose editor takes the focus. */
  readonly focusClauseId: ClauseId | null;
  /** False when nothing can reach the server any more, whatever the rules say. */
  readonly connected: boolean;
}

/** The text of the agreement: preamble and operative clauses in order, with derived numbers. */
export function ClauseList({ clauses, rights, provider, focusClauseId, connected }: ClauseListProps) {
  const { text } = useMessages();
  // A clause the rules know nothing of yet (it arrived a moment before them) is not writable.
  const unknownClause: Verdict = { allowed: false, reason: text('clause.notYetInText') };
  if (clauses.length === 0) {
    return <p className="empty">{rights.clauseSet.allowed ? text('clause.none.start') : text('clause.none.wait')}</p>;
  }
  return (
    <ol className="clauses">
      {clauses.map((clause) => (
        <ClauseCard
          key={clause.id}
          clause={clause}
          verdict={rights.clauseText.get(clause.id) ?? unknownClause}
          provider={provider}
          connected={connected}
          autoFocus={clause.id === focusClauseId}
        />
      ))}
    </ol>
  );
}
