import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';

/** Opens a caucus: the mediator with one party, in private. */
export function OpenCaucusForm({ openCaucuses }: { openCaucuses: readonly (string | null)[] }) {
  const { parties } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const id = useId();
  const available = parties.filter((party) => !openCaucuses.includes(party.id));
  const [partyId, setPartyId] = useState('');
  const chosen = available.some((party) => party.id === partyId) ? partyId : (available[0]?.id ?? '');
  return (
    <form
      className="mc-form mc-form--add"
      aria-label={text('console.caucus.form')}
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== '') void command.send({ type: 'breakout.open', partyId: chosen });
      }}
    >
      <div className="mc-field">
        <label htmlFor={`${id}-party`}>{text('console.caucus.with')}</label>
        <span className="mc-row mc-row--tight">
          <select
            id={`${id}-party`}
            className="mc-select"
            value={chosen}
            onChange={(event) => setPartyId(event.target.value)}
            disabled={available.length === 0}
          >
            {available.length === 0 && <option value="">{text('console.caucus.allIn')}</option>}
            {available.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="mc-button"
            disabled={command.pending || chosen === ''}
            data-testid="console-open-caucus"
          >
            {text('console.caucus.open')}
          </button>
        </span>
      </div>
      <Refusal error={command.error} />
    </form>
  );
}
