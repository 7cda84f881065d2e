import type { Moderation } from '@parley/shared';
import { useIntl } from 'react-intl';
import { useMessages } from '../../i18n/useMessages.ts';
import { useCommand } from '../../state/useCommand.ts';
import { useModeration } from '../../state/useModeration.ts';
import { useConsole } from '../ConsoleContext.ts';
import { Refusal } from '../ui/Refusal.tsx';
import { OpenCaucusForm } from './OpenCaucusForm.tsx';
import { OpenWorkingGroupForm } from './OpenWorkingGroupForm.tsx';

/** Caucuses (the mediator with one party) and working groups (some delegates on one matter). */
export function BreakoutsSection() {
  const { roots } = useConsole();
  const { breakouts } = useModeration(roots);
  const { text } = useMessages();
  return (
    <div className="mc-stack">
      {breakouts.length === 0 ? (
        <p className="mc-empty">{text('console.breakouts.empty')}</p>
      ) : (
        <ul className="mc-list" aria-label={text('console.breakouts.list')} data-testid="console-breakout-list">
          {breakouts.map((breakout) => (
            <BreakoutRow key={breakout.id} breakout={breakout} />
          ))}
        </ul>
      )}
      <OpenCaucusForm openCaucuses={breakouts.filter((b) => b.kind === 'caucus').map((b) => b.partyId)} />
      <OpenWorkingGroupForm />
    </div>
  );
}

function BreakoutRow({ breakout }: { breakout: Moderation['breakouts'][number] }) {
  const { nameOf } = useConsole();
  const command = useCommand();
  const { text } = useMessages();
  const intl = useIntl();
  return (
    <li className="mc-item" data-testid="console-breakout" data-breakout-id={breakout.id}>
      <div className="mc-item__head">
        <span className="mc-item__title">{breakout.label}</span>
        <span className="mc-tag">
          {breakout.kind === 'caucus' ? text('console.breakouts.caucus') : text('console.breakouts.group')}
        </span>
      </div>
      {breakout.kind === 'workingGroup' && (
        <p className="mc-item__meta">
          {text('console.breakouts.members', {
            names: intl.formatList(breakout.participantIds.map(nameOf), { type: 'unit' }),
          })}
        </p>
      )}
      <div className="mc-row">
        <button
          type="button"
          className="mc-button"
          disabled={command.pending}
          aria-label={text('console.breakouts.closeLabel', { label: breakout.label })}
          data-testid="console-breakout-close"
          onClick={() => void command.send({ type: 'breakout.close', breakoutId: breakout.id })}
        >
          {text('console.breakouts.close')}
        </button>
      </div>
      <Refusal error={command.error} />
    </li>
  );
}
