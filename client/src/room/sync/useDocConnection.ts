import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionState } from './ConnectionState.ts';
import { INITIAL_CONNECTION_STATE } from './ConnectionState.ts';
import { DocConnection } from './DocConnection.ts';
import { syncEndpoint } from './syncEndpoint.ts';

export interface OpenDocument {
  /** Null until the effect has opened the connection. */
  readonly connection: DocConnection | null;
  readonly state: ConnectionState;
}

/**
 * Opens one document of a session (by its sync name) for as long as the calling component is
 * mounted; a new name or token opens a new `Y.Doc`.
 */
export function useDocConnection(docName: string, token: string, participantId: string): OpenDocument {
  const [connection, setConnection] = useState<DocConnection | null>(null);

  useEffect(() => {
    const opened = new DocConnection({ endpoint: syncEndpoint(), docName, token, participantId });
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [docName, token, participantId]);

  const state = useSyncExternalStore(connection?.subscribe ?? noSubscription, () =>
    connection ? connection.getState() : INITIAL_CONNECTION_STATE,
  );
  return { connection, state };
}

const noSubscription = () => () => {};
