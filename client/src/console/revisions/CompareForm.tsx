import type { Version } from '@parley/shared';
import { useId, useState } from 'react';
import type { ComparisonRequest } from './ComparisonRequest.ts';

const CURRENT = 'current';

/** Picks two texts to compare: by default the last two revisions, or the only one with the current text. */
export function CompareForm({
  versions,
  onCompare,
}: {
  versions: readonly Version[];
  onCompare: (request: ComparisonRequest) => void;
}) {
  const id = useId();
  const last = versions[versions.length - 1];
  const beforeLast = versions[versions.length - 2];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  // Until the mediator picks, follow the newest revisions as they are saved.
  const chosenFrom = from ?? beforeLast?.id ?? last?.id ?? '';
  const chosenTo = to ?? (beforeLast !== undefined && last !== undefined ? last.id : CURRENT);

  return (
    <form
      className="mc-form mc-form--add"
      aria-label="Compare revisions"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare({ from: chosenFrom, to: chosenTo });
      }}
    >
      <div className="mc-fields">
        <div className="mc-field">
          <label htmlFor={`${id}-from`}>Compare</label>
          <select
            id={`${id}-from`}
            className="mc-select"
            value={chosenFrom}
            onChange={(event) => setFrom(event.target.value)}
            data-testid="console-compare-from"
          >
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))}
          </select>
        </div>
        <div className="mc-field">
          <label htmlFor={`${id}-to`}>with</label>
          <select
            id={`${id}-to`}
            className="mc-select"
            value={chosenTo}
            onChange={(event) => setTo(event.target.value)}
            data-testid="console-compare-to"
          >
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {version.label}
              </option>
            ))}
            <option value={CURRENT}>Current text</option>
          </select>
        </div>
      </div>
      <button type="submit" className="mc-button" disabled={chosenFrom === ''} data-testid="console-compare">
        Compare
      </button>
    </form>
  );
}
