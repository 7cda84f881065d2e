import type { ClauseId, DocumentPart, Verdict } from '@parley/shared';
import { CLAUSE_STATUS_LABELS } from '@parley/shared';
import type { WebsocketProvider } from 'y-websocket';
import type { LocalUser } from '../identity/LocalUser.ts';
import type { WriteRights } from '../rights/useWriteRights.ts';
import { verdictReason } from '../rights/verdictReason.ts';
import { ClauseEditor } from './ClauseEditor.tsx';
import type { ClauseSummary } from './useClauses.ts';

interface ClauseListProps {
  readonly clauses: readonly ClauseSummary[];
  /** What the local participant may write: each clause's editor follows its verdict live. */
  readonly rights: WriteRights;
  readonly provider: WebsocketProvider;
  readonly user: LocalUser;
  /** The clause this user just added, whose editor takes the focus. */
  readonly focusClauseId: ClauseId | null;
  /** False when nothing can reach the server any more, whatever the rules say. */
  readonly editable: boolean;
}

const UNKNOWN_CLAUSE: Verdict = { allowed: false, reason: 'this clause is not in the text yet' };

/** The text of the agreement: preamble and operative clauses in order, with derived numbers. */
export function ClauseList({ clauses, rights, provider, user, focusClauseId, editable }: ClauseListProps) {
  if (clauses.length === 0) {
    return (
      <p className="empty">
        No clauses yet.
        {rights.clauseSet.allowed && ' Add a preamble paragraph or an operative clause to start the text.'}
      </p>
    );
  }
  return (
    <ol className="clauses">
      {clauses.map((clause) => {
        const labelId = `clause-${clause.id}-label`;
        const flagId = `clause-${clause.id}-flag`;
        const kindLabel = clause.kind === 'preamble' ? 'Preambular paragraph' : 'Operative clause';
        const part: DocumentPart = { kind: 'clauseText', clauseId: clause.id };
        const readOnlyReason = verdictReason(part, rights.clauseText.get(clause.id) ?? UNKNOWN_CLAUSE);
        return (
          <li
            key={clause.id}
            className={`clause clause--${clause.kind}${readOnlyReason === null ? '' : ' clause--read-only'}`}
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
              <ClauseFlag id={flagId} locked={clause.locked} readOnlyReason={readOnlyReason} />
            </div>
            <ClauseEditor
              body={clause.body}
              provider={provider}
              user={user}
              labelledBy={labelId}
              describedBy={clause.locked || readOnlyReason !== null ? flagId : undefined}
              autoFocus={clause.id === focusClauseId}
              editable={editable && readOnlyReason === null}
            />
          </li>
        );
      })}
    </ol>
  );
}

/** "Locked" or "Read-only", with the reason for the person who cannot edit (as a tooltip and for screen readers). */
function ClauseFlag({ id, locked, readOnlyReason }: { id: string; locked: boolean; readOnlyReason: string | null }) {
  if (locked) {
    const reason = readOnlyReason ?? 'Delegations cannot edit it until it is unlocked';
    return (
      <span className="clause__flag clause__flag--locked" id={id} title={reason} data-testid="clause-locked">
        <span aria-hidden="true">🔒 </span>Locked<span className="visually-hidden">: {reason}</span>
      </span>
    );
  }
  if (readOnlyReason === null) return null;
  return (
    <span className="clause__flag" id={id} title={readOnlyReason} data-testid="clause-readonly">
      Read-only<span className="visually-hidden">: {readOnlyReason}</span>
    </span>
  );
}
