import type { AgendaItem, Moderation } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { Countdown } from '../floor/Countdown.tsx';
import { agendaStateKey } from './agendaStateKey.ts';

/** The agenda: each item with its state and time-box; the current one highlighted, counting down. */
export function AgendaPanel({ items, moderation }: { items: readonly AgendaItem[]; moderation: Moderation }) {
  const { currentItemId, timer } = moderation;
  const { text } = useMessages();
  return (
    <section className="panel" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading" className="panel__heading">
        {text('agenda.heading')}
      </h2>
      {items.length === 0 ? (
        <p className="empty">{text('agenda.empty')}</p>
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
                  {current && <span className="visually-hidden"> {text('agenda.currentItem')}</span>}
                </span>
                <span className="agenda__meta">
                  <span className={`badge badge--${item.state}`}>{text(agendaStateKey(item.state))}</span>
                  {item.timeboxMinutes !== null && (
                    <span className="agenda__timebox">
                      {text('agenda.minutes', { count: item.timeboxMinutes })}
                      <span className="visually-hidden"> {text('agenda.timebox')}</span>
                    </span>
                  )}
                  {endsAt !== null && (
                    <Countdown endsAt={endsAt} label={text('agenda.timeLeft')} testId="agenda-remaining" />
                  )}
                </span>
                {item.workingGroup && (
                  <span className="agenda__group">{text('agenda.group', { group: item.workingGroup })}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
