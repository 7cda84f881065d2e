import type * as Y from 'yjs';
import type { ClauseId } from '../ids.ts';
import { readClauseState } from '../schema/Clause.ts';
import { readSilence, silenceCovers } from '../schema/ClosingState.ts';
import { readLanguages, readLanguagesInParallel, readSettings } from '../schema/Meta.ts';
import { readMutes } from '../schema/Moderation.ts';
import { plenaryRoots } from '../schema/roots.ts';
import { languageOfNegotiation } from '../schema/SessionLanguage.ts';
import type { WriteContext } from './WriteRules.ts';

/**
 * The state the write rules depend on, read live from a plenary document: the server builds it from
 * its copy for the update gate, the client from its own to show what is read-only.
 */
export function plenaryWriteContext(plenary: Y.Doc): WriteContext {
  const roots = plenaryRoots(plenary);
  return {
    settings: readSettings(roots),
    isMuted: (who) => readMutes(roots).includes(who.participantId),
    clauseState: (clauseId: ClauseId) => readClauseState(roots, clauseId),
    languageOfNegotiation: languageOfNegotiation(readLanguages(roots)),
    versionLanguages: readLanguages(roots)
      .slice(1)
      .map((language) => language.tag),
    languagesInParallel: readLanguagesInParallel(roots),
    underSilence: (clauseId) => silenceCovers(readSilence(roots), clauseId),
  };
}
