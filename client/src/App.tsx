import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useMessages } from './i18n/useMessages.ts';
import { JoinPage } from './join/JoinPage.tsx';
import { LandingPage } from './landing/LandingPage.tsx';
import type { Route } from './routes.ts';
import { parseRoute, subscribeToRoute } from './routes.ts';
import { Loading } from './ui/Loading.tsx';

// The room pulls in TipTap, ProseMirror and the sync provider: load it only when a room is opened.
const RoomPage = lazy(async () => ({ default: (await import('./room/RoomPage.tsx')).RoomPage }));

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
      return (
        <Suspense fallback={<Loading />}>
          <RoomPage key={route.sessionId} sessionId={route.sessionId} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound path={route.path} />;
  }
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
