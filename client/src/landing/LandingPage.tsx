import type { CreateSessionResponse } from '@parley/shared';
import { useEffect, useRef, useState } from 'react';
import { CreateSessionForm } from './CreateSessionForm.tsx';
import { InviteLinks } from './InviteLinks.tsx';
import { inviteHref } from './inviteHref.ts';

/** `/`: open a new session, then hand out its invites. */
export function LandingPage() {
  const [session, setSession] = useState<CreateSessionResponse | null>(null);

  useEffect(() => {
    document.title = 'Parley';
  }, []);

  return (
    <main className="page stack">
      <header>
        <h1>Parley</h1>
        <p className="lede">A shared table for mediated negotiations: one text, every party, live.</p>
      </header>
      {session === null ? (
        <CreateSessionForm onCreated={setSession} />
      ) : (
        <SessionCreated session={session} onCreateAnother={() => setSession(null)} />
      )}
    </main>
  );
}

function SessionCreated({ session, onCreateAnother }: { session: CreateSessionResponse; onCreateAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);

  // Move focus to the result so screen-reader and keyboard users land on what just appeared.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="card stack" aria-labelledby="session-created-heading" data-testid="session-created">
      <h2 id="session-created-heading" ref={heading} tabIndex={-1}>
        Session “{session.title}” is open
      </h2>
      <p>
        Send each invite to the people it is for: an invite lets whoever holds it in with that role, so share it
        privately. Open the mediator’s invite yourself to enter the room.
      </p>
      <InviteLinks session={session} />
      <div className="row">
        <a className="button button--primary" href={inviteHref(session.invites.mediator)} data-testid="open-room">
          Join as mediator
        </a>
        <button type="button" className="button" onClick={onCreateAnother}>
          Open another session
        </button>
      </div>
    </section>
  );
}
