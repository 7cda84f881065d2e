import type { ClauseId, DocumentPart } from '@parley/shared';

/** The part of the plenary a clause's version in one language is, as the write rules name it. */
export function versionPart(clauseId: ClauseId, language: string): DocumentPart {
  return { kind: 'clauseVersion', clauseId, language };
}
