import { useMessages } from '../i18n/useMessages.ts';
import { useAgenda } from '../state/useAgenda.ts';
import { useModeration } from '../state/useModeration.ts';
import { useConsole } from './ConsoleContext.ts';
import { Countdown } from './ui/Countdown.tsx';

/** Always in view: the item under discussion with its time-box, and who has the floor. */
export function NowStrip() {
  const { roots, nameOf } = useConsole();
  const { text } = useMessages();
  const { currentItemId, timer, floor } = useModeration(roots);
  const items = useAgenda(roots);
  const current = items.find((item) => item.id === currentItemId) ?? null;
  const speaker = floor === null ? null : nameOf(floor.participantId);
  return (
    <dl className="mc-now" aria-label={text('console.now.label')}>
      <div className="mc-now__row">
        <dt>{text('console.now.item')}</dt>
        <dd data-testid="console-current-item">
          {current === null ? (
            <span className="mc-empty">{text('console.now.noItem')}</span>
          ) : (
            <>
              <span className="mc-now__value">{current.title}</span>
              {timer !== null && timer.itemId === current.id && (
                <Countdown
                  endsAt={timer.startedAt + timer.durationMs}
                  testId="console-now-item-remaining"
                  label={text('console.timeLeftFor', { title: current.title })}
                />
              )}
            </>
          )}
        </dd>
      </div>
      <div className="mc-now__row">
        <dt>{text('console.now.floor')}</dt>
        <dd data-testid="console-now-speaker">
          {floor === null ? (
            <span className="mc-empty">{text('console.now.nobody')}</span>
          ) : (
            <>
              <span className="mc-now__value">{speaker}</span>
              {floor.limitMs !== null && (
                <Countdown
                  endsAt={floor.since + floor.limitMs}
                  testId="console-now-speaker-remaining"
                  label={text('console.speakingTimeLeftFor', { name: speaker ?? '' })}
                />
              )}
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
