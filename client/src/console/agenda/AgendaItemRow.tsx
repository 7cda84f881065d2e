import type { AgendaItem, AgendaItemState } from '@parley/shared';
import { useState } from 'react';
import { useMessages } from '../../i18n/useMessages.ts';
import { agendaStateKey } from '../../room/agenda/agendaStateKey.ts';
import { AGENDA_STATES } from '../../state/agendaStateLabels.ts';
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
  const { text } = useMessages();
  const [editing, setEditing] = useState(false);
  const state = useRequestedValue(item.state);
  const setState = async (value: AgendaItemState) => {
    state.request(value);
    if ((await command.send({ type: 'agenda.setState', itemId: item.id, state: value })) === null) state.cancel();
  };
  const stateId = `mc-agenda-state-${item.id}`;
  const details = [
    item.workingGroup ? text('console.agenda.groupOf', { group: item.workingGroup }) : null,
    item.timeboxMinutes !== null ? text('agenda.minutes', { count: item.timeboxMinutes }) : null,
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
            {text('console.agenda.current')}
          </span>
        )}
      </div>
      {(details.length > 0 || (current && endsAt !== null)) && (
        <p className="mc-item__meta">
          {details.join(' · ')}
          {current && endsAt !== null && (
            <>
              {details.length > 0 && ' · '}
              <Countdown
                endsAt={endsAt}
                testId="console-timebox-remaining"
                label={text('console.timeLeftFor', { title: item.title })}
              />
            </>
          )}
        </p>
      )}
      <div className="mc-row">
        <label className="mc-sr-only" htmlFor={stateId}>
          {text('console.agenda.stateOf', { title: item.title })}
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
              {text(agendaStateKey(state))}
            </option>
          ))}
        </select>
        {!current && (
          <button
            type="button"
            className="mc-button"
            disabled={command.pending}
            data-testid="console-set-current"
            aria-label={text('console.agenda.takeUpLabel', { title: item.title })}
            onClick={() => void command.send({ type: 'agenda.setCurrent', itemId: item.id })}
          >
            {text('console.agenda.takeUp')}
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
          aria-label={text('console.agenda.editLabel', { title: item.title })}
          data-testid="console-agenda-edit"
          onClick={() => setEditing((value) => !value)}
        >
          {text('console.edit')}
        </button>
        <button
          type="button"
          className="mc-button mc-button--danger"
          disabled={command.pending}
          aria-label={text('console.agenda.removeLabel', { title: item.title })}
          data-testid="console-agenda-remove"
          onClick={() => {
            if (window.confirm(text('console.agenda.removeConfirm', { title: item.title }))) {
              void command.send({ type: 'agenda.remove', itemId: item.id });
            }
          }}
        >
          {text('console.remove')}
        </button>
      </div>
      <Refusal error={command.error} />
      {editing && <EditAgendaItemForm item={item} onDone={() => setEditing(false)} />}
    </li>
  );
}
