import type { AuditEntryView } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { formatTime } from '../../ui/formatTime.ts';

/** One line of the record: when, the sentence the server told it in, the outcome, and before/after. */
export function AuditRow({ entry }: { entry: AuditEntryView }) {
  const { text } = useMessages();
  const at = new Date(entry.at);
  const refused = entry.outcome === 'refused';
  return (
    <li
      className={refused ? 'mc-audit__entry mc-audit__entry--refused' : 'mc-audit__entry'}
      data-testid="console-audit-entry"
      data-action={entry.action}
      data-outcome={entry.outcome}
    >
      <div className="mc-audit__line">
        <time dateTime={at.toISOString()} className="mc-audit__time">
          {formatTime(entry.at)}
        </time>
        <span className={refused ? 'mc-tag mc-tag--alert' : 'mc-tag mc-tag--ok'}>
          {refused ? text('console.audit.refused') : text('console.audit.done')}
        </span>
      </div>
      <p className="mc-audit__what" data-testid="console-audit-summary">
        {entry.summary}
      </p>
      {(entry.before !== undefined || entry.after !== undefined) && (
        <dl className="mc-audit__detail">
          {entry.before !== undefined && (
            <>
              <dt>{text('console.audit.before')}</dt>
              <dd data-testid="console-audit-before">{entry.before}</dd>
            </>
          )}
          {entry.after !== undefined && (
            <>
              <dt>{text('console.audit.after')}</dt>
              <dd data-testid="console-audit-after">{entry.after}</dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
}
