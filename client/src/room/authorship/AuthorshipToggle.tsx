import type { Party } from '@parley/shared';
import { MEDIATOR_AUTHOR_COLOR } from '@parley/shared';

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
  return (
    <div className="authorship">
      <button
        type="button"
        className="tabs__tab authorship__toggle"
        aria-pressed={on}
        onClick={onToggle}
        data-testid="authorship-toggle"
        title="Colour the text by who wrote it, as the server recorded it"
      >
        Authorship
      </button>
      {on && (
        <ul className="authorship__legend" aria-label="Authorship colours" data-testid="authorship-legend">
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
            Mediator
          </li>
        </ul>
      )}
    </div>
  );
}
