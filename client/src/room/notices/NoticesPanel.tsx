import type { Notice } from '@parley/shared';
import { useIntl } from 'react-intl';
import { useMessages } from '../../i18n/useMessages.ts';
import { WordDiff } from '../../ui/WordDiff.tsx';
import { noticeWords } from './noticeWords.ts';
import type { NoticesState } from './useNotices.ts';

function NoticeDiff({ notice }: { notice: Notice }) {
  const { text } = useMessages();
  if (notice.diff) {
    return (
      <p className="notice__diff" data-testid="notice-diff">
        <WordDiff parts={notice.diff} />
      </p>
    );
  }
  if (notice.before === undefined && notice.after === undefined) return null;
  return (
    <p className="notice__change">
      {notice.before !== undefined && <>{text('notices.before', { value: notice.before })} </>}
      {notice.after !== undefined && text('notices.now', { value: notice.after })}
    </p>
  );
}

/**
 * What changed that concerns you, since you last looked: kept by the server until you dismiss it, so
 * a reload or a second tab does not lose it. Dismissing one also dismisses the older ones above it.
 */
export function NoticesPanel({ state }: { state: NoticesState }) {
  const { notices, error, dismiss } = state;
  const { text, locale } = useMessages();
  const intl = useIntl();
  if (notices.length === 0 && error === null) return null;
  const newest = notices[notices.length - 1];
  return (
    <section className="notices" aria-label={text('notices.label')} data-testid="notices">
      {error !== null && (
        <p className="notices__error" role="alert">
          {text('notices.error', { reason: error })}
        </p>
      )}
      <ul className="notices__list">
        {notices.map((notice) => (
          <li key={notice.id} className="notice" data-testid="notice" data-kind={notice.kind}>
            <time className="notice__time" dateTime={new Date(notice.at).toISOString()}>
              {intl.formatTime(notice.at, { hour: '2-digit', minute: '2-digit' })}
            </time>
            {/* In the reader's language from the facts; a notice without facts keeps the server's English. */}
            <p className="notice__summary" data-testid="notice-summary" dir="auto">
              {notice.facts ? noticeWords(notice.facts, text, locale) : notice.summary}
            </p>
            <NoticeDiff notice={notice} />
            <button
              type="button"
              className="button button--small"
              onClick={() => void dismiss(notice.id)}
              data-testid="notice-dismiss"
            >
              {text('notices.dismiss')}
            </button>
          </li>
        ))}
      </ul>
      {notices.length > 1 && newest && (
        <button
          type="button"
          className="button button--small"
          onClick={() => void dismiss(newest.id)}
          data-testid="notices-dismiss-all"
        >
          {text('notices.dismissAll')}
        </button>
      )}
    </section>
  );
}
