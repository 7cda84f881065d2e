import type { ClauseKind } from '@parley/shared';
import { useMessages } from '../../i18n/useMessages.ts';

/**
 * A clause's number as a card and a long draft's preview show it, with its part for screen readers
 * ("Operative paragraph 3"); `id` names the clause for its controls (`aria-labelledby`).
 */
export function ClauseNumber({
  id,
  kind,
  number,
}: {
  readonly id: string;
  readonly kind: ClauseKind;
  readonly number: string;
}) {
  const { text } = useMessages();
  return (
    <span className="clause__number" id={id}>
      <span className="visually-hidden">
        {text(kind === 'preamble' ? 'clause.kind.preamble' : 'clause.kind.operative')}{' '}
      </span>
      {number}
    </span>
  );
}
