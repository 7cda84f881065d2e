import { useId, useState } from 'react';
import { useCommand } from '../commands/useCommand.ts';

/**
 * The mediator's way back into an agreed clause: its words are read-only for everyone, the mediator
 * included, until it is reopened with a reason; every party's sign-off is then cleared.
 */
export function ReopenClause({ clauseId, number }: { clauseId: string; number: string }) {
  const { send, pending, error } = useCommand();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (!asking) {
    return (
      <span className="signoffs__actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => setAsking(true)}
          data-testid="reopen-clause"
          aria-label={`Reopen clause ${number}`}
        >
          Reopen…
        </button>
      </span>
    );
  }
  return (
    <form
      className="reopen"
      data-testid="reopen-form"
      onSubmit={(event) => {
        event.preventDefault();
        void send({ type: 'clause.reopen', clauseId, reason: reason.trim() }).then((ok) => {
          if (ok) {
            setAsking(false);
            setReason('');
          }
        });
      }}
    >
      <label htmlFor={reasonId}>Why reopen clause {number}? Every party’s sign-off will be cleared.</label>
      <input
        id={reasonId}
        value={reason}
        required
        maxLength={1000}
        onChange={(event) => setReason(event.target.value)}
        data-testid="reopen-reason"
      />
      <button
        type="submit"
        className="button button--small button--primary"
        disabled={pending || reason.trim() === ''}
        data-testid="reopen-confirm"
      >
        Reopen
      </button>
      <button type="button" className="button button--small" onClick={() => setAsking(false)}>
        Cancel
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
