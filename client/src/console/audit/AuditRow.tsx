import { useConsole } from '../ConsoleContext.ts';
import type { AuditEntry } from './AuditEntry.ts';
import { describeAction } from './describeAction.ts';
import type { RecordLabels } from './useRecordLabels.ts';

/** Payload fields that name a participant: shown by name where the console knows it. */
const PERSON_FIELDS = new Set(['participantId', 'by']);
/** Fields that repeat what the row already says. */
const HIDDEN_FIELDS = new Set(['status', 'reason']);

interface Namers {
  readonly nameOf: (participantId: string) => string;
  readonly parties: readonly { readonly id: string; readonly name: string }[];
  readonly labels: RecordLabels;
}

function formatValue(key: string, value: unknown, { nameOf, parties, labels }: Namers): string {
  if (PERSON_FIELDS.has(key) && typeof value === 'string') return nameOf(value);
  if (key === 'partyId' && typeof value === 'string') return parties.find((p) => p.id === value)?.name ?? value;
  if (key === 'clauseId' && typeof value === 'string') return labels.clauses[value] ?? `${value} (removed)`;
  if (key === 'itemId' && typeof value === 'string') return labels.items[value] ?? `${value} (removed)`;
  if (key === 'participantIds' && Array.isArray(value)) {
    return value.map((id) => (typeof id === 'string' ? nameOf(id) : String(id))).join(', ');
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** One line of the record: time, who (name and seat), what, the details, and the outcome. */
export function AuditRow({ entry, labels }: { entry: AuditEntry; labels: RecordLabels }) {
  const { nameOf, parties } = useConsole();
  const who = entry.participantId === null ? 'the server' : nameOf(entry.participantId);
  const details = Object.entries(entry.detail).filter(([key]) => !HIDDEN_FIELDS.has(key));
  const reason = typeof entry.detail.reason === 'string' ? entry.detail.reason : null;
  const at = new Date(entry.at);
  return (
    <li
      className={entry.outcome === 'refused' ? 'mc-audit__entry mc-audit__entry--refused' : 'mc-audit__entry'}
      data-testid="console-audit-entry"
      data-action={entry.action}
      data-outcome={entry.outcome}
    >
      <div className="mc-audit__line">
        <time dateTime={at.toISOString()} className="mc-audit__time">
          {at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })}
        </time>
        <span className="mc-audit__who">
          {who} <span className="mc-item__meta">({entry.role})</span>
        </span>
        <span className={entry.outcome === 'refused' ? 'mc-tag mc-tag--alert' : 'mc-tag mc-tag--ok'}>
          {entry.outcome === 'refused' ? 'refused' : 'done'}
        </span>
      </div>
      <div className="mc-audit__what">
        {describeAction(entry.action)} <code className="mc-audit__code">{entry.action}</code>
      </div>
      {details.length > 0 && (
        <p className="mc-audit__detail">
          {details.map(([key, value]) => `${key}: ${formatValue(key, value, { nameOf, parties, labels })}`).join(' · ')}
        </p>
      )}
      {entry.outcome === 'refused' && reason !== null && <p className="mc-audit__reason">{reason}</p>}
    </li>
  );
}
