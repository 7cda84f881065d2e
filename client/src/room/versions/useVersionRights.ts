import type { ClauseId, Participant, PlenaryRoots, Verdict } from '@parley/shared';
import { mayWrite, mustSuggest, plenaryWriteContext } from '@parley/shared';
import { useYjsValue } from '../../yjs/useYjsValue.ts';
import { useRightsSubscription } from '../rights/useRightsSubscription.ts';
import { versionPart } from './versionPart.ts';

/**
 * Whether the local participant may write each clause's version in `language`, by the rule the gate
 * applies (`clauseVersion` parts), live: re-read when the session's settings, mutes or a clause's
 * lock or status change, not on every keystroke.
 */
export function useVersionRights(
  roots: PlenaryRoots,
  you: Participant,
  language: string | null,
): ReadonlyMap<ClauseId, Verdict> {
  const subscribe = useRightsSubscription(roots);
  const read = (): ReadonlyMap<ClauseId, Verdict> => {
    const verdicts = new Map<ClauseId, Verdict>();
    const doc = roots.clauses.doc;
    if (language === null || !doc) return verdicts;
    const context = plenaryWriteContext(doc);
    // As for the original: a delegate who must suggest writes a version (in parallel) in suggestions only.
    const suggesting = mustSuggest(you, context.settings);
    for (const key of roots.clauses.keys()) {
      const clauseId = key as ClauseId;
      verdicts.set(clauseId, mayWrite(you, versionPart(clauseId, language), context, suggesting));
    }
    return verdicts;
  };
  return useYjsValue(subscribe, read, sameVerdicts);
}

function sameVerdicts(a: ReadonlyMap<ClauseId, Verdict>, b: ReadonlyMap<ClauseId, Verdict>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, verdict] of a) {
    const other = b.get(key);
    if (other === undefined || other.allowed !== verdict.allowed) return false;
    if (!other.allowed && !verdict.allowed && other.reason !== verdict.reason) return false;
  }
  return true;
}
