import { useId, useState } from 'react';
import { Refusal } from '../console/ui/Refusal.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { useCommand } from '../state/useCommand.ts';
import { asSentence } from '../ui/asSentence.ts';

/** Where the form sits: its look and test ids follow the room's or the console's. */
export type ReopenPlace = 'room' | 'console';

const LOOK = {
  room: {
    open: 'button button--small',
    confirm: 'button button--small button--primary',
    cancel: 'button button--small',
    form: 'reopen',
    ids: { open: 'reopen-clause', form: 'reopen-form', reason: 'reopen-reason', confirm: 'reopen-confirm' },
  },
  console: {
    open: 'mc-button',
    confirm: 'mc-button mc-button--primary',
    cancel: 'mc-button',
    form: 'mc-form',
    ids: {
      open: 'console-clause-reopen',
      form: 'console-reopen-form',
      reason: 'console-reopen-reason',
      confirm: 'console-reopen-confirm',
    },
  },
} as const;

/**
 * Reopening an agreed clause, for the mediator in the room and in the console: its words are
 * read-only for everyone until then, and every party's sign-off is cleared, so the mediator says
 * why; the reason, the text at that moment and the statuses go to the record.
 */
export function ReopenForm({ clauseId, name, place }: { clauseId: string; name: string; place: ReopenPlace }) {
  const { send, pending, error } = useCommand();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const look = LOOK[place];
  const { text } = useMessages();
  if (!asking) {
    const open = (
      <button
        type="button"
        className={look.open}
        disabled={place === 'console' ? pending : undefined}
        aria-label={text('reopen.label', { name })}
        data-testid={look.ids.open}
        onClick={() => setAsking(true)}
      >
        {text('reopen.open')}
      </button>
    );
    return place === 'room' ? <span className="signoffs__actions">{open}</span> : open;
  }
  const label = <label htmlFor={reasonId}>{text('reopen.why', { name })}</label>;
  const input = (
    <input
      id={reasonId}
      value={reason}
      required
      maxLength={1000}
      data-testid={look.ids.reason}
      onChange={(event) => setReason(event.target.value)}
    />
  );
  const buttons = (
    <>
      <button
        type="submit"
        className={look.confirm}
        disabled={pending || reason.trim() === ''}
        data-testid={look.ids.confirm}
      >
        {text('reopen.confirm')}
      </button>
      <button type="button" className={look.cancel} onClick={() => setAsking(false)}>
        {text('ui.cancel')}
      </button>
    </>
  );
  return (
    <form
      className={look.form}
      data-testid={look.ids.form}
      onSubmit={(event) => {
        event.preventDefault();
        void send({ type: 'clause.reopen', clauseId, reason: reason.trim() }).then((answer) => {
          if (answer !== null) {
            setAsking(false);
            setReason('');
          }
        });
      }}
    >
      {place === 'console' ? (
        <>
          <div className="mc-field">
            {label}
            {input}
          </div>
          <div className="mc-row">{buttons}</div>
          <Refusal error={error} />
        </>
      ) : (
        <>
          {label}
          {input}
          {buttons}
          {error && (
            <p className="error" role="alert" dir="auto">
              {asSentence(error)}
            </p>
          )}
        </>
      )}
    </form>
  );
}
