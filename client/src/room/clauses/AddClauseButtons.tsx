import type { ClauseKind } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';

/** Adds a preamble paragraph (after the last one) or an operative clause (at the end of the text). */
export function AddClauseButtons({ onAdd, disabled }: { onAdd: (kind: ClauseKind) => void; disabled: boolean }) {
  const { text } = useMessages();
  return (
    <div className="row">
      <button
        type="button"
        className="button"
        onClick={() => onAdd('preamble')}
        disabled={disabled}
        data-testid="add-clause-preamble"
      >
        {text('clause.addPreamble')}
      </button>
      <button
        type="button"
        className="button"
        onClick={() => onAdd('operative')}
        disabled={disabled}
        data-testid="add-clause-operative"
      >
        {text('clause.addOperative')}
      </button>
    </div>
  );
}
