import { useMessages } from '../../i18n/useMessages.ts';
import { formatRemaining, useRemaining } from '../../time/serverClock.ts';

/**
 * Time left until `endsAt` (server time), the same second on every screen. Announced to screen
 * readers only through its label, not every tick.
 */
export function Countdown({ endsAt, label, testId }: { endsAt: number; label: string; testId: string }) {
  const remaining = useRemaining(endsAt) ?? 0;
  const { text } = useMessages();
  const over = remaining <= 0;
  return (
    <span
      className={`countdown${over ? ' countdown--over' : remaining < 30_000 ? ' countdown--low' : ''}`}
      data-testid={testId}
      data-remaining-ms={remaining}
      title={label}
    >
      <span className="visually-hidden">{label}: </span>
      <span className="countdown__time">{formatRemaining(remaining)}</span>
      {over && <span className="countdown__over"> {text('floor.countdown.over')}</span>}
    </span>
  );
}
