import type { Party } from '@parley/shared';
import { MEDIATOR_AUTHOR_COLOR } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';

interface AuthorshipToggleProps {
  readonly on: boolean;
  readonly onToggle: () => void;
  readonly parties: readonly Party[];
}

/**
 * Turns the authorship view on and off (a toggle button, so keyboard and screen readers get its
 * state), with the key to its colours while it is on.
 */
export function AuthorshipToggle({ on, onToggle, parties }: AuthorshipToggleProps) {
  const { text } = useMessages();
  return (
    <div className="authorship">
      <button
        type="button"
        className="tabs__tab authorship__toggle"
        aria-pressed={on}
        onClick={onToggle}
        data-testid="authorship-toggle"
        title={text('authorship.title')}
      >
        {text('authorship.toggle')}
      </button>
      {on && (
        <ul className="authorship__legend" aria-label={text('authorship.legend')} data-testid="authorship-legend">
          {parties.map((party) => (
            <li key={party.id}>
              <span className="authorship__swatch" style={{ backgroundColor: party.color }} aria-hidden="true" />
              {party.name}
            </li>
          ))}
          <li>
            <span
              className="authorship__swatch"
              style={{ backgroundColor: MEDIATOR_AUTHOR_COLOR }}
              aria-hidden="true"
            />
            {text('authorship.mediator')}
          </li>
        </ul>
      )}
    </div>
  );
}
