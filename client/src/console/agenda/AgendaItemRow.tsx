import type { AgendaItem, AgendaItemState } from '@parley/shared';
import { useState } from 'react';
import { AGENDA_STATE_LABELS, AGENDA_STATES } from '../../state/agendaStateLabels.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useRequestedValue } from '../state/useRequestedValue.ts';
import { Countdown } from '../ui/Countdown.tsx';
import { MoveButtons } from '../ui/MoveButtons.tsx';
import { Refusal } from '../ui/Refusal.tsx';
import { EditAgendaItemForm } from './EditAgendaItemForm.tsx';

interface AgendaItemRowProps {
  readonly item: AgendaItem;
  readonly index: number;
  readonly count: number;
  readonly current: boolean;
  /** When the current item's time-box ends (server time), if it is this item. */
  readonly endsAt: number | null;
}

/** One agenda item: its state, whether it is under discussion now, and what the mediator can do with it. */
export function AgendaItemRow({ item, index, count, current, endsAt }: AgendaItemRowProps) {
  const command = useCommand();
  const [editing, setEditing] = useState(false);
  const state = useRequestedValue(item.state);
  const setState = async (value: AgendaItemState) => {
    state.request(value);
    if ((await command.send({ type: 'agenda.setState', itemId: item.id, state: value })) === null) state.cancel();
  };
  const stateId = `mc-agenda-state-${item.id}`;
  const details = [
    item.workingGroup ? `Working group: ${item.workingGroup}` : null,
    item.timeboxMinutes !== null ? `${item.timeboxMinutes} min` : null,
  ].filter((part) => part !== null);

  return (
    <li
      className={current ? 'mc-item mc-item--current' : 'mc-item'}
      data-testid="console-agenda-item"
      data-item-id={item.id}
      aria-current={current ? 'true' : undefined}
    >
      <div className="mc-item__head">
        <span className="mc-item__number">{index + 1}.</span>
        <span className="mc-item__title" data-testid="console-agenda-title">
          {item.title}
        </span>
        {current && (
          <span className="mc-tag mc-tag--current" data-testid="console-current-marker">
            Current
          </span>
        )}
      </div>
      {(details.length > 0 || (current && endsAt !== null)) && (
        <p className="mc-item__meta">
          {details.join(' · ')}
          {current && endsAt !== null && (
            <>
              {details.length > 0 && ' · '}
              <Countdown endsAt={endsAt} testId="console-timebox-remaining" label={`Time left for ${item.title}`} />
            </>
          )}
        </p>
      )}
      <div className="mc-row">
        <label className="mc-sr-only" htmlFor={stateId}>
          State of {item.title}
        </label>
        <select
          id={stateId}
          className="mc-select"
          value={state.shown}
          disabled={command.pending}
          data-testid="console-agenda-state"
          onChange={(event) => void setState(event.target.value as AgendaItemState)}
        >
          {AGENDA_STATES.map((state) => (
            <option key={state} value={state}>
              {AGENDA_STATE_LABELS[state]}
            </option>
          ))}
        </select>
        {!current && (
          <button
            type="button"
            className="mc-button"
            disabled={command.pending}
            data-testid="console-set-current"
            aria-label={`Take up now: ${item.title}`}
            onClick={() => void command.send({ type: 'agenda.setCurrent', itemId: item.id })}
          >
            Take up now
          </button>
        )}
        <MoveButtons
          what={item.title}
          index={index}
          count={count}
          disabled={command.pending}
          onMove={(to) => void command.send({ type: 'agenda.move', itemId: item.id, index: to })}
        />
        <button
          type="button"
          className="mc-button mc-button--quiet"
          aria-expanded={editing}
          aria-label={`Edit ${item.title}`}
          data-testid="console-agenda-edit"
          onClick={() => setEditing((value) => !value)}
        >
          Edit
        </button>
        <button
          type="button"
          className="mc-button mc-button--danger"
          disabled={command.pending}
          aria-label={`Remove ${item.title} from the agenda`}
          data-testid="console-agenda-remove"
          onClick={() => {
            if (window.confirm(`Remove “${item.title}” from the agenda?`)) {
              void command.send({ type: 'agenda.remove', itemId: item.id });
            }
          }}
        >
          Remove
        </button>
      </div>
      <Refusal error={command.error} />
      {editing && <EditAgendaItemForm item={item} onDone={() => setEditing(false)} />}
    </li>
  );
}
