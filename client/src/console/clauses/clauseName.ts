import type { ClauseKind } from '@parley/shared';

/** "PP2" for a preamble paragraph, "Article 3" for an operative clause: how a clause is referred to. */
export function clauseName(kind: ClauseKind, number: string): string {
  return kind === 'preamble' ? number : `Article ${number}`;
}
