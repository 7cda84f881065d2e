import type { Version } from '@parley/shared';

/**
 * Two texts to compare: saved revision ids, or "current" for the text as it is now; and the language
 * compared (a session language's tag), or null for the language of negotiation.
 */
export interface ComparisonRequest {
  readonly from: string;
  readonly to: string;
  readonly language: string | null;
}

/** The text as it is now, as `/versions/compare` names it. */
export const CURRENT_TEXT = 'current';

/** The pair to offer first: the last two revisions, or the only one with the current text. */
export function defaultComparison(versions: readonly Version[]): Omit<ComparisonRequest, 'language'> | null {
  const last = versions[versions.length - 1];
  const beforeLast = versions[versions.length - 2];
  if (last === undefined) return null;
  return beforeLast === undefined ? { from: last.id, to: CURRENT_TEXT } : { from: beforeLast.id, to: last.id };
}
