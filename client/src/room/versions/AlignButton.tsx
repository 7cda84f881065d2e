import type { ClauseId, VersionAlignmentState } from '@parley/shared';

/** Stand-in until the server has `clause.alignLanguage` (branch versions-server). */
export function AlignButton(_props: {
  clauseId: ClauseId;
  number: string;
  language: string;
  languageName: string;
  sourceName: string;
  state: VersionAlignmentState;
}) {
  return null;
}
