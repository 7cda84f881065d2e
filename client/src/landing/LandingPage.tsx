import type { CreateSessionResponse } from '@parley/shared';
import { useEffect, useRef, useState } from 'react';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { CreateSessionForm } from './CreateSessionForm.tsx';
import { InviteLinks } from './InviteLinks.tsx';
import { inviteHref } from './inviteHref.ts';

/** `/`: open a new session, then hand out its invites. */
export function LandingPage() {
  const [session, setSession] = useState<CreateSessionResponse | null>(null);
  const { text } = useMessages();

  useEffect(() => {
    document.title = 'Parley';
  }, []);

  return (
    <main className="page stack">
      <header className="page-header">
        {/* The product's name is a name: the same in every language. */}
        <h1>Parley</h1>
        <LanguageSwitcher />
        <p className="lede">{text('landing.lede')}</p>
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
  const { text } = useMessages();

  // Move focus to the result so screen-reader and keyboard users land on what just appeared.
  useEffect(() => heading.current?.focus(), []);

  return (
    <section className="card stack" aria-labelledby="session-created-heading" data-testid="session-created">
      <h2 id="session-created-heading" ref={heading} tabIndex={-1}>
        {text('landing.created.heading', { title: session.title })}
      </h2>
      <p>{text('landing.created.instructions')}</p>
      <InviteLinks session={session} />
      <div className="row">
        <a className="button button--primary" href={inviteHref(session.invites.mediator)} data-testid="open-room">
          {text('landing.created.join')}
        </a>
        <button type="button" className="button" onClick={onCreateAnother}>
          {text('landing.created.another')}
        </button>
      </div>
    </section>
  );
}
