import type { ConnectionState, ConnectionStatus as Status } from './ConnectionState.ts';
import { connectionStatus, describeStop } from './ConnectionState.ts';

const HINTS: Readonly<Record<Status, string>> = {
  connecting: 'Connecting to the session…',
  online: 'Connected: your edits reach the others live.',
  reconnecting: 'Connection lost; trying again. Your edits are kept and sent when it is back.',
  offline: 'Offline: your edits are kept on this device and sent when you reconnect.',
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
  const status = connectionStatus(state);
  const hint = state.stopped === null ? HINTS[status] : '';
  return (
    <div className={`connection${compact ? ' connection--compact' : ''}`} data-status={status}>
      <p className="connection__line" role="status" title={compact ? hint : undefined}>
        <span className={`connection__dot connection__dot--${status}`} aria-hidden="true" />
        <span className="visually-hidden">{label ? `${label} connection: ` : 'Connection: '}</span>
        <span className="connection__status" data-testid={testId}>
          {status}
        </span>
        {!compact && <span className="connection__hint">{hint}</span>}
        {compact && <span className="visually-hidden">. {hint}</span>}
      </p>
      {state.stopped !== null && (
        <p className="error" role="alert" data-testid="connection-problem">
          {describeStop(state.stopped)}
        </p>
      )}
    </div>
  );
}
