import type { Version } from '@parley/shared';
import { DEFAULT_SESSION_LANGUAGES, sessionSummarySchema, versionsAnswerSchema } from '@parley/shared';
import { useEffect, useRef, useState } from 'react';
import { useFetched } from '../api/useFetched.ts';
import { usePolledAnswer } from '../api/usePolledAnswer.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useIdentity } from '../state/IdentityContext.ts';
import { CompareForm } from './CompareForm.tsx';
import type { ComparisonRequest } from './ComparisonRequest.ts';
import { formatSavedAt } from './formatSavedAt.ts';
import RevisionCompare from './RevisionCompare.tsx';
import './revisions.css';

/**
 * A revision saved while the view is open appears within this long (the server pushes nothing on a
 * save); each poll is one indexed read.
 */
const LIST_POLL_MS = 10_000;

interface RevisionsViewProps {
  /** Back to the draft (the Back button, or Esc anywhere in the room but the console). */
  readonly onBack: () => void;
  /** A participant's name, for "saved by". */
  readonly nameOf: (participantId: string) => string;
}

/**
 * The saved revisions, full width in place of the draft: when each was saved and by whom, and a
 * clause-by-clause word compare of any two of them, or of one with the current text. For everyone
 * `mayReadRevisions` admits; the server answers the same rule.
 */
export default function RevisionsView({ onBack, nameOf }: RevisionsViewProps) {
  const { sessionId, token } = useIdentity();
  const [versions, setVersions] = useState<readonly Version[] | null>(null);
  const list = usePolledAnswer(
    `/api/sessions/${sessionId}/versions`,
    versionsAnswerSchema,
    token,
    LIST_POLL_MS,
    (answer) => setVersions(answer.versions),
  );
  // The session's languages, to compare one of them: asked once as the view opens (they rarely change).
  const summary = useFetched(`/api/sessions/${sessionId}`, sessionSummarySchema, token);
  const languages = summary.value?.languages ?? DEFAULT_SESSION_LANGUAGES;
  const { text } = useMessages();
  const [comparison, setComparison] = useState<ComparisonRequest | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Arriving here moves focus to the view's heading, so a screen reader says where one is.
  useEffect(() => heading.current?.focus(), []);

  // Esc goes back, unless something inside took it (a select's open list) or it was meant for the console.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('.workspace__console') !== null) return;
      onBack();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onBack]);

  return (
    <section className="revisions stack" aria-labelledby="revisions-heading" data-testid="revisions-view">
      <div className="revisions__top">
        <h2 id="revisions-heading" ref={heading} tabIndex={-1}>
          {text('revisions.heading')}
        </h2>
        <button type="button" className="button button--small" onClick={onBack} data-testid="revisions-back">
          {text('revisions.back')}
        </button>
      </div>
      <p className="hint">{text('revisions.hint')}</p>

      {list.error !== null && (
        <p className="error" role="alert" data-testid="revisions-refused">
          {list.error}
        </p>
      )}
      {versions === null ? (
        list.error === null && <p className="loading">{text('revisions.loading')}</p>
      ) : versions.length === 0 ? (
        <p className="empty" data-testid="revisions-empty">
          {text('revisions.empty')}
        </p>
      ) : (
        <>
          <table className="revisions__table" data-testid="revisions-list">
            <caption className="visually-hidden">{text('revisions.table.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{text('revisions.table.revision')}</th>
                <th scope="col">{text('revisions.table.saved')}</th>
                <th scope="col">{text('revisions.table.by')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((version) => (
                <tr key={version.id} data-testid="revisions-row" data-version-id={version.id}>
                  <th scope="row">{version.label}</th>
                  <td>
                    <time dateTime={new Date(version.createdAt).toISOString()}>{formatSavedAt(version.createdAt)}</time>
                  </td>
                  <td>{nameOf(version.createdBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CompareForm versions={versions} languages={languages} onCompare={setComparison} />
        </>
      )}

      {comparison !== null && (
        <RevisionCompare
          key={`${comparison.from}:${comparison.to}:${comparison.language ?? ''}`}
          request={comparison}
        />
      )}
    </section>
  );
}
