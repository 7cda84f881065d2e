import type { SessionId } from '@parley/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useMessages } from './i18n/useMessages.ts';
import { JoinPage } from './join/JoinPage.tsx';
import { LandingPage } from './landing/LandingPage.tsx';
import { loadedRoomPage, loadRoomPage } from './roomPageLoader.ts';
import type { Route } from './routes.ts';
import { parseRoute, subscribeToRoute } from './routes.ts';
import { Loading } from './ui/Loading.tsx';

export function App() {
  const pathname = useSyncExternalStore(subscribeToRoute, () => window.location.pathname);
  return <Page route={parseRoute(pathname)} />;
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'join':
      return <JoinPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'room':
      return <RoomRoute key={route.sessionId} sessionId={route.sessionId} />;
    case 'notFound':
      return <NotFound path={route.path} />;
  }
}

/** The room pulls in TipTap, ProseMirror and the sync provider: its code is loaded only when a room is opened. */
function RoomRoute({ sessionId }: { sessionId: SessionId }) {
  const [RoomPage, setRoomPage] = useState(loadedRoomPage);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    if (RoomPage !== null) return;
    let current = true;
    loadRoomPage().then(
      (page) => current && setRoomPage(() => page),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [RoomPage]);
  // As a lazy component's failed load did: the error goes up from the render.
  if (failure !== null) throw failure.error;
  return RoomPage === null ? <Loading /> : <RoomPage sessionId={sessionId} />;
}

function NotFound({ path }: { path: string }) {
  const { text, rich } = useMessages();
  return (
    <main className="page">
      <h1>{text('notFound.heading')}</h1>
      <p>{rich('notFound.body', { path: <code dir="ltr">{path}</code> })}</p>
      <p>
        <a href="/">{text('notFound.start')}</a>
      </p>
    </main>
  );
}
