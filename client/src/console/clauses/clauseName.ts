import type { ClauseKind } from '@parley/shared';
import type { useMessages } from '../../i18n/useMessages.ts';

/** "PP2" for a preamble paragraph, "Article 3" for an operative clause: how a clause is referred to. */
export function clauseName(kind: ClauseKind, number: string, text: ReturnType<typeof useMessages>['text']): string {
  return kind === 'preamble' ? number : text('console.clause.article', { number });
}
