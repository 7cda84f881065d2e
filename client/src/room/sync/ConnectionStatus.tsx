import type { ConnectionState, ConnectionStatus as Status } from './ConnectionState.ts';
import { connectionStatus, describeStop } from './ConnectionState.ts';

const HINTS: Readonly<Record<Status, string>> = {
  connecting: 'Connecting to the session…',
  online: 'Connected: your edits reach the others live.',
  reconnecting: 'Connection lost; trying again. Your edits are kept and sent when it is back.',
  offline: 'Offline: your edits are kept on this device and sent when you reconnect.',
};

/** The link to the server in one plain word, and what it means for the user's edits. */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const status = connectionStatus(state);
  return (
    <div className="connection">
      <p className="connection__line" role="status">
        <span className={`connection__dot connection__dot--${status}`} aria-hidden="true" />
        <span className="visually-hidden">Connection: </span>
        <span className="connection__status" data-testid="connection-status">
          {status}
        </span>
        <span className="connection__hint">{state.stopped === null ? HINTS[status] : ''}</span>
      </p>
      {state.stopped !== null && (
        <p className="error" role="alert" data-testid="connection-problem">
          {describeStop(state.stopped)}
        </p>
      )}
    </div>
  );
}
