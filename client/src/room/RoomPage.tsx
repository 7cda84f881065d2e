import type { SessionId } from '@parley/shared';
import type { ReactNode } from 'react';
import { useCallback, useEffect, useState } from 'react';
import { Loading } from '../ui/Loading.tsx';
import { useLocalUser } from './identity/useLocalUser.ts';
import { YourNameField } from './identity/YourNameField.tsx';
import { RoomDocument } from './RoomDocument.tsx';
import { ConnectionStatus } from './sync/ConnectionStatus.tsx';
import { takeRoomToken } from './sync/roomToken.ts';
import { useRoomConnection } from './sync/useRoomConnection.ts';

/**
 * `/s/<sessionId>`: the plenary room. When the server refuses an edit (4403), the whole room is
 * mounted afresh (a new `Y.Doc` loaded from the server) and the user is told what was not kept.
 */
export function RoomPage({ sessionId }: { sessionId: SessionId }) {
  const [token] = useState(() => takeRoomToken(sessionId));
  const [generation, setGeneration] = useState(0);
  const [notKept, setNotKept] = useState<string | null>(null);

  const onRefused = useCallback((reason: string) => {
    setNotKept(reason);
    setGeneration((value) => value + 1);
  }, []);

  return (
    <RoomSession key={generation} sessionId={sessionId} token={token} onRefused={onRefused}>
      {notKept !== null && (
        <div className="notice" role="alert" data-testid="edit-not-kept">
          <p>
            The server did not keep your last edit ({notKept}). The text was reloaded from the server: please check it
            and make your change again if it is still needed.
          </p>
          <button type="button" className="button button--small" onClick={() => setNotKept(null)}>
            Dismiss
          </button>
        </div>
      )}
    </RoomSession>
  );
}

interface RoomSessionProps {
  readonly sessionId: SessionId;
  readonly token: string | null;
  readonly onRefused: (reason: string) => void;
  readonly children?: ReactNode;
}

function RoomSession({ sessionId, token, onRefused, children }: RoomSessionProps) {
  const { connection, state } = useRoomConnection(sessionId, token);
  const { user, rename } = useLocalUser();

  useEffect(() => connection?.setUser(user), [connection, user]);

  useEffect(() => {
    if (state.refused !== null) onRefused(state.refused.reason);
  }, [state.refused, onRefused]);

  return (
    <div className="room">
      <nav className="room__bar" aria-label="Session">
        <a className="brand" href="/">
          Parley
        </a>
        <ConnectionStatus state={state} />
        <YourNameField user={user} onRename={rename} />
      </nav>
      <main className="page stack">
        {children}
        {connection !== null && state.hasSynced ? (
          <RoomDocument connection={connection} user={user} editable={state.stopped === null} />
        ) : (
          state.stopped === null && <Loading />
        )}
      </main>
    </div>
  );
}
