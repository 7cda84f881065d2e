import type { CreateSessionResponse } from '@parley/shared';
import { createSessionRequestSchema, DEFAULT_SESSION_LANGUAGES } from '@parley/shared';
import type { FormEvent } from 'react';
import { useId, useState } from 'react';
import { createSession } from '../api/createSession.ts';
import type { MessageKey } from '../i18n/catalogs/english.ts';
import { useMessages } from '../i18n/useMessages.ts';
import type { LanguageDraft } from '../languages/languageDraft.ts';
import { draftLanguages, draftOf } from '../languages/languageDraft.ts';
import type { PartyField } from './PartyNameFields.tsx';
import { newPartyField, PartyNameFields } from './PartyNameFields.tsx';
import { SessionLanguagesFieldset } from './SessionLanguagesFieldset.tsx';

/**
 * The mediator opens a session: its title, the parties at the table, the languages of the text
 * (English alone unless changed), and optionally their own name.
 */
export function CreateSessionForm({ onCreated }: { onCreated: (session: CreateSessionResponse) => void }) {
  const id = useId();
  const [title, setTitle] = useState('');
  const [parties, setParties] = useState<PartyField[]>(() => [newPartyField(), newPartyField()]);
  const [mediatorName, setMediatorName] = useState('');
  const [languages, setLanguages] = useState<LanguageDraft>(() => draftOf(DEFAULT_SESSION_LANGUAGES, false));
  const [languagesChecked, setLanguagesChecked] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const { text } = useMessages();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosenLanguages = draftLanguages(languages);
    if (chosenLanguages === null) {
      // The rows say what is wrong; show them all (an empty "Other…" field too).
      setLanguagesChecked(true);
      setError(text('setup.landing.error'));
      return;
    }
    const request = createSessionRequestSchema.safeParse({
      title,
      parties: parties.filter((party) => party.name.trim() !== '').map((party) => ({ name: party.name })),
      mediatorName: mediatorName.trim() === '' ? undefined : mediatorName,
      languages: chosenLanguages,
      languagesInParallel: languages.inParallel,
    });
    if (!request.success) {
      setError(text(fieldErrorKey(request.error.issues[0]?.path[0])));
      return;
    }
    setError(null);
    setPending(true);
    const result = await createSession(request.data);
    setPending(false);
    if (result.ok) onCreated(result.value);
    else setError(text('landing.form.error.server', { reason: result.error }));
  };

  return (
    <form className="card stack" onSubmit={submit} data-testid="create-session-form" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{text('landing.form.heading')}</h2>
      <div className="field">
        <label htmlFor={`${id}-title`}>{text('landing.form.title')}</label>
        <input
          id={`${id}-title`}
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          required
          maxLength={300}
          placeholder={text('landing.form.titlePlaceholder')}
          autoComplete="off"
        />
      </div>
      <PartyNameFields parties={parties} onChange={setParties} />
      <SessionLanguagesFieldset draft={languages} onChange={setLanguages} showAllProblems={languagesChecked} />
      <div className="field">
        <label htmlFor={`${id}-mediator`}>{text('landing.form.mediatorName')}</label>
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
          {pending ? text('landing.form.creating') : text('landing.form.create')}
        </button>
      </div>
    </form>
  );
}

/** The form's own words for what the request schema refused, by the field it refused (the first one). */
function fieldErrorKey(field: PropertyKey | undefined): MessageKey {
  switch (field) {
    case 'parties':
      return 'landing.form.error.parties';
    case 'mediatorName':
      return 'landing.form.error.mediatorName';
    case 'languages':
      return 'setup.landing.error';
    default:
      return 'landing.form.error.title';
  }
}
