import type { ClauseId } from '@parley/shared';
import { CLAUSE_STATUS_LABELS } from '@parley/shared';
import type { WebsocketProvider } from 'y-websocket';
import type { LocalUser } from '../identity/LocalUser.ts';
import { ClauseEditor } from './ClauseEditor.tsx';
import type { ClauseSummary } from './useClauses.ts';

interface ClauseListProps {
  readonly clauses: readonly ClauseSummary[];
  readonly provider: WebsocketProvider;
  readonly user: LocalUser;
  /** The clause this user just added, whose editor takes the focus. */
  readonly focusClauseId: ClauseId | null;
  readonly editable: boolean;
}

/** The text of the agreement: preamble and operative clauses in order, with derived numbers. */
export function ClauseList({ clauses, provider, user, focusClauseId, editable }: ClauseListProps) {
  if (clauses.length === 0) {
    return <p className="empty">No clauses yet. Add a preamble paragraph or an operative clause to start the text.</p>;
  }
  return (
    <ol className="clauses">
      {clauses.map((clause) => {
        const labelId = `clause-${clause.id}-label`;
        const kindLabel = clause.kind === 'preamble' ? 'Preambular paragraph' : 'Operative clause';
        return (
          <li
            key={clause.id}
            className={`clause clause--${clause.kind}`}
            data-testid="clause"
            data-clause-id={clause.id}
            data-clause-kind={clause.kind}
            data-clause-status={clause.status}
          >
            <div className="clause__meta">
              <span className="clause__number" id={labelId}>
                <span className="visually-hidden">{kindLabel} </span>
                {clause.number}
              </span>
              <span className={`clause__status clause__status--${clause.status}`} data-testid="clause-status">
                {CLAUSE_STATUS_LABELS[clause.status]}
              </span>
              {clause.locked && <span className="clause__locked">Locked</span>}
            </div>
            <ClauseEditor
              body={clause.body}
              provider={provider}
              user={user}
              labelledBy={labelId}
              autoFocus={clause.id === focusClauseId}
              editable={editable}
            />
          </li>
        );
      })}
    </ol>
  );
}
