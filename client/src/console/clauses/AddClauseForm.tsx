import type { ClauseKind } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { Refusal } from '../ui/Refusal.tsx';

/** Adds a preamble paragraph or an operative clause at the end of the text, with an optional heading. */
export function AddClauseForm() {
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const [heading, setHeading] = useState('');
  const add = async (kind: ClauseKind) => {
    const trimmed = heading.trim();
    const added = await command.send({ type: 'clause.add', kind, ...(trimmed !== '' ? { heading: trimmed } : {}) });
    if (added !== null) setHeading('');
  };
  return (
    <form
      className="mc-form mc-form--add"
      aria-label={text('console.clause.addForm')}
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-heading`}>{text('console.clause.newHeading')}</label>
        <input id={`${id}-heading`} value={heading} onChange={(e) => setHeading(e.target.value)} maxLength={500} />
      </div>
      <div className="mc-row">
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          data-testid="console-add-preamble"
          onClick={() => void add('preamble')}
        >
          {text('console.clause.addPreamble')}
        </button>
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          data-testid="console-add-operative"
          onClick={() => void add('operative')}
        >
          {text('console.clause.addOperative')}
        </button>
      </div>
      <Refusal error={command.error} />
    </form>
  );
}
