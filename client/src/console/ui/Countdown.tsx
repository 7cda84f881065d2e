import { useMessages } from '../../i18n/useMessages.ts';
import { formatRemaining, useRemaining } from '../../time/serverClock.ts';

/** Time left until `endsAt` on the server's clock ("4:05 left", then "Time is up"). */
export function Countdown({ endsAt, testId, label }: { endsAt: number | null; testId: string; label: string }) {
  const remaining = useRemaining(endsAt, 500);
  const { text } = useMessages();
  if (remaining === null) return null;
  const over = remaining === 0;
  return (
    <span
      className={over ? 'mc-countdown mc-countdown--over' : 'mc-countdown'}
      data-testid={testId}
      role="timer"
      aria-label={label}
    >
      {over ? text('console.countdown.over') : text('console.countdown.left', { time: formatRemaining(remaining) })}
    </span>
  );
}
