import { useId, useState } from 'react';
import { Refusal } from '../ui/Refusal.tsx';
import { useCommand } from '../useCommand.ts';

/**
 * Reopening an agreed clause: the parties' sign-offs are cleared and the words may change again, so
 * the mediator says why; the reason, the text at that moment and the statuses go to the record.
 */
export function ReopenForm({ clauseId, name }: { clauseId: string; name: string }) {
  const command = useCommand();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  if (!asking) {
    return (
      <button
        type="button"
        className="mc-button"
        disabled={command.busy}
        aria-label={`Reopen ${name}`}
        data-testid="console-clause-reopen"
        onClick={() => setAsking(true)}
      >
        Reopen…
      </button>
    );
  }
  return (
    <form
      className="mc-form"
      data-testid="console-reopen-form"
      onSubmit={(event) => {
        event.preventDefault();
        void command.run({ type: 'clause.reopen', clauseId, reason: reason.trim() }).then((answer) => {
          if (answer !== null) {
            setAsking(false);
            setReason('');
          }
        });
      }}
    >
      <div className="mc-field">
        <label htmlFor={reasonId}>Why reopen {name}? Every party’s sign-off will be cleared.</label>
        <input
          id={reasonId}
          value={reason}
          required
          maxLength={1000}
          data-testid="console-reopen-reason"
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <div className="mc-row">
        <button
          type="submit"
          className="mc-button mc-button--primary"
          disabled={command.busy || reason.trim() === ''}
          data-testid="console-reopen-confirm"
        >
          Reopen
        </button>
        <button type="button" className="mc-button" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
      <Refusal error={command.error} />
    </form>
  );
}
