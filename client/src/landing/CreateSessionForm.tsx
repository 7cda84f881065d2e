import type { CreateSessionResponse } from '@parley/shared';
import { createSessionRequestSchema, describeValidationError } from '@parley/shared';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { createSession } from '../api/createSession.ts';
import type { PartyField } from './PartyNameFields.tsx';
import { newPartyField, PartyNameFields } from './PartyNameFields.tsx';

/** The mediator opens a session: its title, the parties at the table, and optionally their own name. */
export function CreateSessionForm({ onCreated }: { onCreated: (session: CreateSessionResponse) => void }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [parties, setParties] = useState<PartyField[]>(() => [newPartyField(), newPartyField()]);
  const [mediatorName, setMediatorName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request = createSessionRequestSchema.safeParse({
      title,
      parties: parties.filter((party) => party.name.trim() !== '').map((party) => ({ name: party.name })),
      mediatorName: mediatorName.trim() === '' ? undefined : mediatorName,
    });
    if (!request.success) {
      setError(describeValidationError(request.error));
      return;
    }
    setError(null);
    setPending(true);
    const result = await createSession(request.data);
    setPending(false);
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <form className="card stack" onSubmit={submit} data-testid="create-session-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Open a new session</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          maxLength={300}
          placeholder="e.g. Talks on the northern water basin"
          autoComplete="off"
        />
      </div>
      <PartyNameFields parties={parties} onChange={setParties} />
      <div className="field">
        <label htmlFor={`${id}-mediator`}>Your name (optional)</label>
        <input
          id={`${id}-mediator`}
          name="mediatorName"
          value={mediatorName}
          onChange={(event) => setMediatorName(event.target.value)}
          maxLength={200}
          autoComplete="name"
        />
      </div>
      {error !== null && (
        <p className="error" role="alert" data-testid="form-error">
          {error}
        </p>
      )}
      <div>
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Creating…' : 'Create session'}
        </button>
      </div>
    </form>
  );
}
