import type { SessionId } from '@parley/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ConnectionState } from './ConnectionState.ts';
import { INITIAL_CONNECTION_STATE } from './ConnectionState.ts';
import { RoomConnection } from './RoomConnection.ts';
import { syncEndpoint } from './syncEndpoint.ts';

export interface Room {
  /** Null until the effect has opened the connection. */
  readonly connection: RoomConnection | null;
  readonly state: ConnectionState;
}

/** Opens a session's plenary document for as long as the calling component is mounted. */
export function useRoomConnection(sessionId: SessionId, token: string): Room {
  const [connection, setConnection] = useState<RoomConnection | null>(null);

  useEffect(() => {
    const opened = new RoomConnection(syncEndpoint(), sessionId, token);
    setConnection(opened);
    return () => {
      setConnection(null);
      opened.destroy();
    };
  }, [sessionId, token]);

  const state = useSyncExternalStore(connection?.subscribe ?? noSubscription, () =>
    connection ? connection.getState() : INITIAL_CONNECTION_STATE,
  );
  return { connection, state };
}

const noSubscription = () => () => {};
