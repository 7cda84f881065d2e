import type { ClauseKind } from '@parley/shared';

/** Adds a preamble paragraph or an operative clause at the end of the text. */
export function AddClauseButtons({ onAdd }: { onAdd: (kind: ClauseKind) => void }) {
  return (
    <div className="row">
      <button type="button" className="button" onClick={() => onAdd('preamble')} data-testid="add-clause-preamble">
        Add preamble paragraph
      </button>
      <button type="button" className="button" onClick={() => onAdd('operative')} data-testid="add-clause-operative">
        Add operative clause
      </button>
    </div>
  );
}
