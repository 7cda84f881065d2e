import type { ClauseStatus } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';
import { CLAUSE_STATUS_KEYS } from '../editor/editorWords.ts';

/**
 * A clause's status in words, in a full card and in a long draft's preview alike. Nothing is agreed
 * until everything is agreed: an agreed clause says it waits for the whole text's adoption.
 */
export function ClauseStatusBadge({ status }: { readonly status: ClauseStatus }) {
  const { text } = useMessages();
  return (
    <span className={`clause__status clause__status--${status}`} data-testid="clause-status">
      {text(CLAUSE_STATUS_KEYS[status])}
      {(status === 'agreed' || status === 'agreedAdReferendum') && (
        <span className="clause__provisional" data-testid="clause-provisional">
          {' '}
          {text('closing.provisionalBadge')}
        </span>
      )}
    </span>
  );
}
