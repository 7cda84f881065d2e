import type { ClauseComparison, ClauseStatus } from '@parley/shared';
import { comparisonSchema, textDirection } from '@parley/shared';
import { useId } from 'react';
import { useFetched } from '../api/useFetched.ts';
import { languageLabel } from '../export/languageLabel.ts';
import type { MessageKey } from '../i18n/catalogs/english.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useIdentity } from '../state/IdentityContext.ts';
import { WordDiff } from '../ui/WordDiff.tsx';
import type { ComparisonRequest } from './ComparisonRequest.ts';
import { CURRENT_TEXT } from './ComparisonRequest.ts';

const CHANGE_LABELS: Readonly<Record<ClauseComparison['change'], MessageKey>> = {
  added: 'revisions.change.added',
  removed: 'revisions.change.removed',
  changed: 'revisions.change.changed',
  unchanged: 'revisions.change.unchanged',
};

const STATUS_LABELS: Readonly<Record<ClauseStatus, MessageKey>> = {
  placeholder: 'revisions.status.placeholder',
  proposed: 'revisions.status.proposed',
  bracketed: 'revisions.status.bracketed',
  agreedAdReferendum: 'revisions.status.agreedAdReferendum',
  agreed: 'revisions.status.agreed',
  adopted: 'revisions.status.adopted',
  withdrawn: 'revisions.status.withdrawn',
};

type Text = ReturnType<typeof useMessages>['text'];

/** "PP2" or "Article 3", from the number the comparison gives. */
function clauseTitle(number: string, text: Text): string {
  return /^PP/.test(number) ? number : text('revisions.diff.article', { number });
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
 * What changed between two texts in one language, clause by clause: inserted words underlined
 * (<ins>), deleted words struck through (<del>), added and removed clauses marked, unchanged clauses
 * folded away. The words are set in their language (`lang`, and right to left for Arabic).
 */
export default function RevisionCompare({ request }: { request: ComparisonRequest }) {
  const { sessionId, token } = useIdentity();
  const { text, rich, locale } = useMessages();
  const query = new URLSearchParams({ from: request.from, to: request.to });
  if (request.language !== null) query.set('language', request.language);
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
  if (value === null) return <p className="loading">{text('revisions.diff.comparing')}</p>;

  const counts = { changed: 0, added: 0, removed: 0 };
  for (const clause of value.clauses) {
    if (clause.change === 'added') counts.added += 1;
    else if (clause.change === 'removed') counts.removed += 1;
    else if (!isUntouched(clause)) counts.changed += 1;
  }
  const summary = [
    counts.changed > 0 ? text('revisions.diff.changedCount', { count: counts.changed }) : null,
    counts.added > 0 ? text('revisions.diff.addedCount', { count: counts.added }) : null,
    counts.removed > 0 ? text('revisions.diff.removedCount', { count: counts.removed }) : null,
  ].filter((part) => part !== null);
  const list = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(summary);
  const to = request.to === CURRENT_TEXT ? text('revisions.diff.currentText') : value.to;
  const words = { lang: value.language, dir: textDirection(value.language) };

  return (
    <section className="rev-diff" aria-labelledby={headingId} data-testid="revision-diff">
      <h3 id={headingId} className="rev-diff__heading">
        {value.from} → {to}
        {request.language !== null && (
          <span className="rev-diff__language" data-testid="revision-diff-language">
            {' '}
            {text('revisions.diff.inLanguage', { language: languageLabel(value.language, locale) })}
          </span>
        )}
      </h3>
      <p className="hint" data-testid="revision-diff-summary">
        {summary.length === 0 ? text('revisions.diff.noChange') : text('revisions.diff.summary', { list })}{' '}
        <span className="rev-diff__key">
          {rich('revisions.diff.key', {
            underlined: <ins key="underlined">{text('revisions.diff.key.underlined')}</ins>,
            struckThrough: <del key="struckThrough">{text('revisions.diff.key.struckThrough')}</del>,
          })}
        </span>
      </p>
      {groups(value.clauses).map((group) =>
        Array.isArray(group) ? (
          <details key={group[0]?.clauseId} className="rev-diff__unchanged">
            <summary>
              {text('revisions.diff.unchanged', {
                count: group.length,
                numbers: group.map((clause) => clause.number).join(', '),
              })}
            </summary>
            {group.map((clause) => (
              <ClauseDiff key={clause.clauseId} clause={clause} from={value.from} words={words} />
            ))}
          </details>
        ) : (
          <ClauseDiff key={group.clauseId} clause={group} from={value.from} words={words} />
        ),
      )}
    </section>
  );
}

function ClauseDiff({
  clause,
  from,
  words,
}: {
  clause: ClauseComparison;
  from: string;
  words: { lang: string; dir: 'ltr' | 'rtl' };
}) {
  const { text } = useMessages();
  const untouched = isUntouched(clause);
  const statusChanged =
    clause.statusBefore !== null && clause.statusAfter !== null && clause.statusBefore !== clause.statusAfter;
  const title = clauseTitle(clause.number, text);
  return (
    <article
      className={`rev-diff__clause rev-diff__clause--${clause.change}`}
      data-testid="revision-diff-clause"
      data-change={clause.change}
    >
      <header className="rev-diff__head">
        <strong>
          {clause.change === 'removed' ? text('revisions.diff.removedFrom', { clause: title, from }) : title}
        </strong>
        {!untouched && (
          <span className={`rev-tag rev-tag--${clause.change}`}>{text(CHANGE_LABELS[clause.change])}</span>
        )}
        {statusChanged && clause.statusBefore !== null && clause.statusAfter !== null && (
          <span className="rev-diff__status">
            {text(STATUS_LABELS[clause.statusBefore])} → {text(STATUS_LABELS[clause.statusAfter])}
          </span>
        )}
      </header>
      <p className="rev-diff__text" lang={words.lang} dir={words.dir}>
        {clause.parts.length === 0 || clause.parts.every((part) => part.value === '') ? (
          <em className="empty">{text('revisions.diff.noText')}</em>
        ) : (
          <WordDiff parts={clause.parts} />
        )}
      </p>
    </article>
  );
}
