import type { Version } from '@parley/shared';
import { useId, useState } from 'react';
import type { ComparisonRequest } from './ComparisonRequest.ts';
import { CURRENT_TEXT, defaultComparison } from './ComparisonRequest.ts';

/** Picks two texts to compare: any two revisions, or a revision and the current text. */
export function CompareForm({
  versions,
  onCompare,
}: {
  versions: readonly Version[];
  onCompare: (request: ComparisonRequest) => void;
}) {
  const id = useId();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  // Until the reader picks, follow the newest revisions as they are saved.
  const offered = defaultComparison(versions);
  const chosenFrom = from ?? offered?.from ?? '';
  const chosenTo = to ?? offered?.to ?? CURRENT_TEXT;

  return (
    <form
      className="rev-compare-form"
      aria-label="Compare two texts"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare({ from: chosenFrom, to: chosenTo });
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-from`}>Compare</label>
        <select
          id={`${id}-from`}
          className="rev-select"
          value={chosenFrom}
          onChange={(event) => setFrom(event.target.value)}
          data-testid="compare-from"
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>with</label>
        <select
          id={`${id}-to`}
          className="rev-select"
          value={chosenTo}
          onChange={(event) => setTo(event.target.value)}
          data-testid="compare-to"
        >
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
            </option>
          ))}
          <option value={CURRENT_TEXT}>Current text</option>
        </select>
      </div>
      <button
        type="submit"
        className="button button--primary"
        disabled={chosenFrom === '' || chosenFrom === chosenTo}
        data-testid="compare"
      >
        Compare
      </button>
    </form>
  );
}
