import type { MessageKey } from '../../i18n/catalogs/english.ts';
import { useMessages } from '../../i18n/useMessages.ts';
import type { ConnectionState, ConnectionStatus as Status } from './ConnectionState.ts';
import { connectionStatus, stopMessage } from './ConnectionState.ts';

const WORDS: Readonly<Record<Status, MessageKey>> = {
  connecting: 'connection.status.connecting',
  online: 'connection.status.online',
  reconnecting: 'connection.status.reconnecting',
  offline: 'connection.status.offline',
};

const HINTS: Readonly<Record<Status, MessageKey>> = {
  connecting: 'connection.hint.connecting',
  online: 'connection.hint.online',
  reconnecting: 'connection.hint.reconnecting',
  offline: 'connection.hint.offline',
};

interface ConnectionStatusProps {
  readonly state: ConnectionState;
  /** What the connection is to, when a page has more than one ("Caucus of Ruritania"). */
  readonly label?: string;
  readonly testId?: string;
  /** One word and a dot, with the explanation as a tooltip. */
  readonly compact?: boolean;
}

/** The link to the server in one plain word, and what it means for the user's edits. */
export function ConnectionStatus({
  state,
  label,
  testId = 'connection-status',
  compact = false,
}: ConnectionStatusProps) {
  const { text } = useMessages();
  const status = connectionStatus(state);
  const hint = state.stopped === null ? text(HINTS[status]) : '';
  const stop = state.stopped === null ? null : stopMessage(state.stopped);
  return (
    <div className={`connection${compact ? ' connection--compact' : ''}`} data-status={status}>
      <p className="connection__line" role="status" title={compact ? hint : undefined}>
        <span className={`connection__dot connection__dot--${status}`} aria-hidden="true" />
        <span className="visually-hidden">
          {label ? text('connection.labelOf', { label }) : text('connection.label')}{' '}
        </span>
        <span className="connection__status" data-testid={testId}>
          {text(WORDS[status])}
        </span>
        {!compact && <span className="connection__hint">{hint}</span>}
        {compact && <span className="visually-hidden">. {hint}</span>}
      </p>
      {stop !== null && (
        <p className="error" role="alert" data-testid="connection-problem">
          {text(stop.key, { reason: stop.reason })}
        </p>
      )}
    </div>
  );
}
