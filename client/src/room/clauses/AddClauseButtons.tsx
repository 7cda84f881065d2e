import type { ClauseKind } from '@parley/shared';

/** Adds a preamble paragraph (after the last one) or an operative clause (at the end of the text). */
export function AddClauseButtons({ onAdd, disabled }: { onAdd: (kind: ClauseKind) => void; disabled: boolean }) {
  return (
    <div className="row">
      <button
        type="button"
        className="button"
        onClick={() => onAdd('preamble')}
        disabled={disabled}
        data-testid="add-clause-preamble"
      >
        Add preamble paragraph
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onAdd('operative')}
        disabled={disabled}
        data-testid="add-clause-operative"
      >
        Add operative clause
      </button>
    </div>
  );
}
