import type { ParticipantId, PartyId, SessionId } from '@parley/shared';
import { joinRequestSchema } from '@parley/shared';
import type { FormEvent } from 'react';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { joinSession } from '../api/joinSession.ts';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import type { StoredParticipant } from '../participant/StoredParticipant.ts';
import { readStoredParticipant, storeParticipant } from '../participant/StoredParticipant.ts';
import { replaceRoute, roomPath } from '../routes.ts';
import { inviteFromLocation } from './inviteFromLocation.ts';
import { joinErrorKey } from './joinErrorKey.ts';

/**
 * `/join/<sessionId>#invite=<token>`: the person says who they are and trades the invite for their
 * own participant token. The room then replaces this page in the history, invite and all.
 */
export function JoinPage({ sessionId }: { sessionId: SessionId }) {
  // Pasting another invite link into this tab changes only the fragment: no page load, so listen.
  const invite = useSyncExternalStore(subscribeToHash, () => inviteFromLocation());
  const [stored] = useState(() => readStoredParticipant(sessionId));
  const { text, rich } = useMessages();
  const documentTitle = text('join.documentTitle');

  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <main className="page stack">
      <header className="page-header">
        {/* The product's name is a name: the same in every language. */}
        <h1>Parley</h1>
        <LanguageSwitcher />
        <p className="lede">{text('join.lede')}</p>
      </header>
      {stored !== null && <ContinueAs sessionId={sessionId} participant={stored} />}
      {invite !== null ? (
        <JoinForm sessionId={sessionId} invite={invite} again={stored !== null} />
      ) : (
        stored === null && (
          <section className="card stack" data-testid="no-invite">
            <h2>{text('join.noInvite.heading')}</h2>
            <p>{rich('join.noInvite.body', { marker: <code key="marker">#invite=</code> })}</p>
          </section>
        )
      )}
    </main>
  );
}

function subscribeToHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function ContinueAs({ sessionId, participant }: { sessionId: SessionId; participant: StoredParticipant }) {
  const { text, rich } = useMessages();
  return (
    <section className="card stack" aria-labelledby="continue-heading" data-testid="continue-as">
      <h2 id="continue-heading">{text('join.continue.heading')}</h2>
      <p>
        {rich('join.continue.body', {
          name: <strong key="name">{participant.name}</strong>,
          role: participant.role,
        })}
      </p>
      <div>
        <button type="button" className="button button--primary" onClick={() => replaceRoute(roomPath(sessionId))}>
          {text('join.continue.button', { name: participant.name })}
        </button>
      </div>
    </section>
  );
}

function JoinForm({ sessionId, invite, again }: { sessionId: SessionId; invite: string; again: boolean }) {
  const id = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { text } = useMessages();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = joinRequestSchema.safeParse({ invite, name });
    if (!request.success) {
      // The invite comes from the link and is never empty here: what the schema refuses is the name.
      setError(text('join.error.name'));
      return;
    }
    setError(null);
    setPending(true);
    const result = await joinSession(sessionId, request.data);
    setPending(false);
    if (!result.ok) {
      setError(text(joinErrorKey(result.status), { reason: result.error }));
      return;
    }
    const { participantId, token, role, partyId } = result.value;
    storeParticipant(sessionId, {
      token,
      participantId: participantId as ParticipantId,
      role,
      name: request.data.name,
      ...(partyId !== undefined ? { partyId: partyId as PartyId } : {}),
    });
    replaceRoute(roomPath(sessionId));
  };

  return (
    <form className="card stack" onSubmit={submit} aria-labelledby={`${id}-heading`} data-testid="join-form">
      <h2 id={`${id}-heading`}>{again ? text('join.form.headingAgain') : text('join.form.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{text('join.form.name')}</label>
        <span className="hint" id={`${id}-hint`}>
          {text('join.form.hint')}
        </span>
        <input
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          maxLength={100}
          autoComplete="name"
          aria-describedby={`${id}-hint`}
          data-testid="join-name"
        />
      </div>
      {error !== null && (
        <p className="error" role="alert" data-testid="join-error">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? text('join.form.joining') : text('join.form.join')}
        </button>
      </div>
    </form>
  );
}
