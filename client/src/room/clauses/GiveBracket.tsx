import type { ClauseId } from '@parley/shared';
import { bracketHolderSchema } from '@parley/shared';
import { useId, useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { holderLook } from '../editor/holderLook.ts';
import { useEditorWords } from '../editor/useEditorWords.ts';
import { useRoom } from '../session/RoomContext.ts';

/**
 * The mediator's "Give this bracket to …", beside "Lift bracket" while the selection is in a bracket:
 * a zero draft's brackets are held by the mediator until given to the party whose they are. The
 * server gives every bracket of the clause with the same holder (`bracket.reassign`); the words and
 * the reason stay, the "to be reassigned" note goes.
 */
export function GiveBracket({ clauseId, holder }: { clauseId: ClauseId; holder: string }) {
  const { parties } = useRoom();
  const ids = useId();
  const { send, pending, error } = useCommand();
  const { text } = useMessages();
  const { holderNames } = useEditorWords();
  const others = parties.filter((party) => party.id !== holder);
  const [chosen, setChosen] = useState<string>('');
  const to = others.some((party) => party.id === chosen) ? chosen : (others[0]?.id ?? '');
  const from = bracketHolderSchema.safeParse(holder);
  if (!from.success || others.length === 0) return null;
  const heldBy = holderLook(parties, holder, holderNames).name;
  const give = () => {
    if (to === '' || pending) return;
    void send({ type: 'bracket.reassign', clauseId, from: from.data, to });
  };
  return (
    <span className="toolbar__group" data-testid="give-bracket">
      <label className="visually-hidden" htmlFor={`${ids}-to`}>
        {text('bracket.give.to', { holder: heldBy })}
      </label>
      <select
        id={`${ids}-to`}
        className="toolbar__select"
        value={to}
        onChange={(event) => setChosen(event.target.value)}
        disabled={pending}
        data-testid="give-bracket-party"
      >
        {others.map((party) => (
          <option key={party.id} value={party.id}>
            {party.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="toolbar__button toolbar__button--text"
        onMouseDown={(event) => event.preventDefault()}
        onClick={give}
        aria-disabled={pending}
        title={text('bracket.give.title', { holder: heldBy })}
        data-testid="give-bracket-button"
      >
        {text('bracket.give')}
      </button>
      {error && (
        <span className="error" role="alert" dir="auto">
          {error}
        </span>
      )}
    </span>
  );
}
