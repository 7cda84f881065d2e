import type { ClauseComparison } from '@parley/shared';
import { CLAUSE_STATUS_LABELS, comparisonSchema } from '@parley/shared';
import { useId } from 'react';
import { useFetched } from '../api/useFetched.ts';
import { useIdentity } from '../state/IdentityContext.ts';
import { WordDiff } from '../ui/WordDiff.tsx';
import type { ComparisonRequest } from './ComparisonRequest.ts';

const CHANGE_LABELS: Readonly<Record<ClauseComparison['change'], string>> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  unchanged: 'Status changed',
};

/** "PP2" or "Article 3", from the number the comparison gives. */
function clauseTitle(number: string): string {
  return /^PP/.test(number) ? number : `Article ${number}`;
}

function isUntouched(clause: ClauseComparison): boolean {
  return clause.change === 'unchanged' && clause.statusBefore === clause.statusAfter;
}

/** Runs of clauses to show: each changed clause alone, consecutive untouched ones together (collapsed). */
function groups(clauses: readonly ClauseComparison[]): (ClauseComparison | ClauseComparison[])[] {
  const result: (ClauseComparison | ClauseComparison[])[] = [];
  for (const clause of clauses) {
    const last = result[result.length - 1];
    if (!isUntouched(clause)) result.push(clause);
    else if (Array.isArray(last)) last.push(clause);
    else result.push([clause]);
  }
  return result;
}

/**
 * What changed between two texts, clause by clause: inserted words underlined (<ins>), deleted words
 * struck through (<del>), added and removed clauses marked, unchanged clauses folded away.
 */
export default function RevisionCompare({ request }: { request: ComparisonRequest }) {
  const { sessionId, token } = useIdentity();
  const query = new URLSearchParams({ from: request.from, to: request.to });
  const headingId = useId();
  const comparison = useFetched(`/api/sessions/${sessionId}/versions/compare?${query}`, comparisonSchema, token);
  if (comparison.error !== null) {
    return (
      <p className="error" role="alert" data-testid="revision-diff-refused">
        {comparison.error}
      </p>
    );
  }
  const value = comparison.value;
  if (value === null) return <p className="loading">Comparing…</p>;

  const counts = { added: 0, removed: 0, changed: 0 };
  for (const clause of value.clauses) {
    if (clause.change === 'added') counts.added += 1;
    else if (clause.change === 'removed') counts.removed += 1;
    else if (!isUntouched(clause)) counts.changed += 1;
  }
  const summary = [
    counts.changed > 0 ? `${counts.changed} changed` : null,
    counts.added > 0 ? `${counts.added} added` : null,
    counts.removed > 0 ? `${counts.removed} removed` : null,
  ].filter((part) => part !== null);

  return (
    <section className="rev-diff" aria-labelledby={headingId} data-testid="revision-diff">
      <h3 id={headingId} className="rev-diff__heading">
        {value.from} → {value.to}
      </h3>
      <p className="hint" data-testid="revision-diff-summary">
        {summary.length === 0 ? 'No change to the text.' : `${summary.join(', ')}.`}{' '}
        <span className="rev-diff__key">
          Inserted words are <ins>underlined</ins>, removed words <del>struck through</del>.
        </span>
      </p>
      {groups(value.clauses).map((group) =>
        Array.isArray(group) ? (
          <details key={group[0]?.clauseId} className="rev-diff__unchanged">
            <summary>
              {group.length === 1 ? '1 unchanged clause' : `${group.length} unchanged clauses`}:{' '}
              {group.map((clause) => clause.number).join(', ')}
            </summary>
            {group.map((clause) => (
              <ClauseDiff key={clause.clauseId} clause={clause} from={value.from} />
            ))}
          </details>
        ) : (
          <ClauseDiff key={group.clauseId} clause={group} from={value.from} />
        ),
      )}
    </section>
  );
}

function ClauseDiff({ clause, from }: { clause: ClauseComparison; from: string }) {
  const untouched = isUntouched(clause);
  const statusChanged =
    clause.statusBefore !== null && clause.statusAfter !== null && clause.statusBefore !== clause.statusAfter;
  return (
    <article
      className={`rev-diff__clause rev-diff__clause--${clause.change}`}
      data-testid="revision-diff-clause"
      data-change={clause.change}
    >
      <header className="rev-diff__head">
        <strong>
          {clause.change === 'removed' ? `${clauseTitle(clause.number)} of ${from}` : clauseTitle(clause.number)}
        </strong>
        {!untouched && <span className={`rev-tag rev-tag--${clause.change}`}>{CHANGE_LABELS[clause.change]}</span>}
        {statusChanged && clause.statusBefore !== null && clause.statusAfter !== null && (
          <span className="rev-diff__status">
            {CLAUSE_STATUS_LABELS[clause.statusBefore]} → {CLAUSE_STATUS_LABELS[clause.statusAfter]}
          </span>
        )}
      </header>
      <p className="rev-diff__text">
        {clause.parts.length === 0 || clause.parts.every((part) => part.value === '') ? (
          <em className="empty">(no text)</em>
        ) : (
          <WordDiff parts={clause.parts} />
        )}
      </p>
    </article>
  );
}
