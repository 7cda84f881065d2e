import type { ClauseId } from '@parley/shared';
import { CloseCodes } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';

/**
 * The server refused an edit of ours (close 4403) and the text was reloaded from its copy: say which
 * edit was lost, so the person can redo it if it is still allowed.
 */
export function EditNotKept({
  reason,
  clauseNumbers,
  onDismiss,
}: {
  reason: string;
  clauseNumbers: ReadonlyMap<ClauseId, string>;
  onDismiss: () => void;
}) {
  const { text, rich } = useMessages();
  return (
    <div className="notice" role="alert" data-testid="edit-not-kept">
      <p>{rich('editNotKept.body', { reason: <strong>{describeRefusal(reason, clauseNumbers)}</strong> })}</p>
      <button type="button" className="button button--small" onClick={onDismiss}>
        {text('editNotKept.dismiss')}
      </button>
    </div>
  );
}

/**
 * The close reason without its code's name ("Forbidden: text of clause c1x2: the clause is locked"),
 * and with clauses by the numbers people know them by rather than by id.
 */
export function describeRefusal(reason: string, clauseNumbers: ReadonlyMap<ClauseId, string>): string {
  const prefix = `${CloseCodes.Forbidden.reason}: `;
  const detail = reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
  return detail.replace(/\bclause ([0-9a-z]+)\b/g, (whole, id: string) => {
    const number = clauseNumbers.get(id as ClauseId);
    return number === undefined ? whole : `clause ${number}`;
  });
}
