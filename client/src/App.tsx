import { lazy, Suspense } from 'react';
import { LandingPage } from './landing/LandingPage.tsx';
import type { Route } from './routes.ts';
import { parseRoute } from './routes.ts';
import { Loading } from './ui/Loading.tsx';

// The room pulls in TipTap, ProseMirror and the sync provider: load it only when a room is opened.
const RoomPage = lazy(async () => ({ default: (await import('./room/RoomPage.tsx')).RoomPage }));

export function App() {
  return <Page route={parseRoute(window.location.pathname)} />;
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'landing':
      return <LandingPage />;
    case 'room':
      return (
        <Suspense fallback={<Loading />}>
          <RoomPage sessionId={route.sessionId} />
        </Suspense>
      );
    case 'notFound':
      return <NotFound path={route.path} />;
  }
}

function NotFound({ path }: { path: string }) {
  return (
    <main className="page">
      <h1>Page not found</h1>
      <p>
        There is nothing at <code>{path}</code>. Session links look like <code>/s/&lt;session id&gt;</code>.
      </p>
      <p>
        <a href="/">Start a new session</a>
      </p>
    </main>
  );
}
