import type { AgendaItem, Moderation } from '@parley/shared';
import { AGENDA_STATE_LABELS } from '../../state/agendaStateLabels.ts';
import { Countdown } from '../floor/Countdown.tsx';

/** The agenda: each item with its state and time-box; the current one highlighted, counting down. */
export function AgendaPanel({ items, moderation }: { items: readonly AgendaItem[]; moderation: Moderation }) {
  const { currentItemId, timer } = moderation;
  return (
    <section className="panel" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="panel__heading">
        Agenda
      </h2>
      {items.length === 0 ? (
        <p className="empty">The mediator has not set the agenda yet.</p>
      ) : (
        <ol className="agenda" data-testid="agenda">
          {items.map((item, index) => {
            const current = item.id === currentItemId;
            const endsAt =
              current && timer !== null && timer.itemId === item.id ? timer.startedAt + timer.durationMs : null;
            return (
              <li
                key={item.id}
                className={`agenda__item${current ? ' agenda__item--current' : ''}`}
                aria-current={current ? 'step' : undefined}
                data-testid="agenda-item"
                data-item-id={item.id}
                data-state={item.state}
              >
                <span className="agenda__number">{index + 1}.</span>
                <span className="agenda__title">
                  {item.title}
                  {current && <span className="visually-hidden"> (current item)</span>}
                </span>
                <span className="agenda__meta">
                  <span className={`badge badge--${item.state}`}>{AGENDA_STATE_LABELS[item.state]}</span>
                  {item.timeboxMinutes !== null && (
                    <span className="agenda__timebox">
                      {item.timeboxMinutes} min<span className="visually-hidden"> time-box</span>
                    </span>
                  )}
                  {endsAt !== null && (
                    <Countdown endsAt={endsAt} label="Time left on this item" testId="agenda-remaining" />
                  )}
                </span>
                {item.workingGroup && <span className="agenda__group">Working group: {item.workingGroup}</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
