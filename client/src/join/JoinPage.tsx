import type { ParticipantId, PartyId, SessionId } from '@parley/shared';
import { describeValidationError, joinRequestSchema } from '@parley/shared';
import type { FormEvent } from 'react';
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import { joinSession } from '../api/joinSession.ts';
import type { StoredParticipant } from '../participant/StoredParticipant.ts';
import { readStoredParticipant, storeParticipant } from '../participant/StoredParticipant.ts';
import { replaceRoute, roomPath } from '../routes.ts';
import { describeJoinError } from './describeJoinError.ts';
import { inviteFromLocation } from './inviteFromLocation.ts';

/**
 * `/join/<sessionId>#invite=<token>`: the person says who they are and trades the invite for their
 * own participant token. The room then replaces this page in the history, invite and all.
 */
export function JoinPage({ sessionId }: { sessionId: SessionId }) {
  // Pasting another invite link into this tab changes only the fragment: no page load, so listen.
  const invite = useSyncExternalStore(subscribeToHash, () => inviteFromLocation());
  const [stored] = useState(() => readStoredParticipant(sessionId));

  useEffect(() => {
    document.title = 'Join a session · Parley';
  }, []);

  return (
    <main className="page stack">
      <header>
        <h1>Parley</h1>
        <p className="lede">You are invited to a mediated session.</p>
      </header>
      {stored !== null && <ContinueAs sessionId={sessionId} participant={stored} />}
      {invite !== null ? (
        <JoinForm sessionId={sessionId} invite={invite} again={stored !== null} />
      ) : (
        stored === null && (
          <section className="card stack" data-testid="no-invite">
            <h2>This link has no invite in it</h2>
            <p>
              Open the whole invite link the mediator sent you: it ends with <code>#invite=</code> and a long code.
            </p>
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
  const role = participant.role === 'delegate' ? 'a delegate' : `the ${participant.role}`;
  return (
    <section className="card stack" aria-labelledby="continue-heading" data-testid="continue-as">
      <h2 id="continue-heading">You have joined this session before</h2>
      <p>
        In this browser you are <strong>{participant.name}</strong>, {role}.
      </p>
      <div>
        <button type="button" className="button button--primary" onClick={() => replaceRoute(roomPath(sessionId))}>
          Continue as {participant.name}
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

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = joinRequestSchema.safeParse({ invite, name });
    if (!request.success) {
      setError(describeValidationError(request.error).replace(/^name: /, 'Your name: '));
      return;
    }
    setError(null);
    setPending(true);
    const result = await joinSession(sessionId, request.data);
    setPending(false);
    if (!result.ok) {
      setError(describeJoinError(result.status, result.error));
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
      <h2 id={`${id}-heading`}>{again ? 'Or join again with this invite' : 'Join the session'}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <span className="hint" id={`${id}-hint`}>
          The others see it beside your cursor and in the list of who is here.
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
          {pending ? 'Joining…' : 'Join'}
        </button>
      </div>
    </form>
  );
}
