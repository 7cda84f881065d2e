import type { ClauseId, DocumentPart, Participant, PartyId, PlenaryRoots, Verdict } from '@parley/shared';
import { mayWrite, mustSuggest, plenaryWriteContext, readParties } from '@parley/shared';
import { useYjsValue } from '../../yjs/useYjsValue.ts';
import { useRightsSubscription } from './useRightsSubscription.ts';

/** What the local participant may write in the plenary right now, by the rules the server's gate applies. */
export interface WriteRights {
  /** Adding and removing clauses. */
  readonly clauseSet: Verdict;
  /** Each clause's wording; a clause missing here is one the rules know nothing of (not writable). */
  readonly clauseText: ReadonlyMap<ClauseId, Verdict>;
  /** Each party's position statements. */
  readonly statements: ReadonlyMap<PartyId, Verdict>;
  /** The notes of caucus and working-group rooms and the mediators' notes (the plenary's state decides). */
  readonly roomNotes: Verdict;
  /** The draft clauses of those rooms. */
  readonly roomDrafts: Verdict;
}

/**
 * The local participant's write rights, live: re-read when anything they depend on changes (the
 * session's settings in `meta`, mutes in `moderation`, a clause's lock or status), not on every
 * keystroke in a clause's text.
 */
export function useWriteRights(roots: PlenaryRoots, you: Participant): WriteRights {
  const subscribe = useRightsSubscription(roots);
  const read = (): WriteRights => {
    const doc = roots.clauses.doc;
    if (!doc) throw new Error('useWriteRights needs the roots of a document');
    const context = plenaryWriteContext(doc);
    const clauseText = new Map<ClauseId, Verdict>();
    // As the gate judges it: a delegate who must suggest writes clause text in suggestions only.
    const suggesting = mustSuggest(you, context.settings);
    for (const clauseId of roots.clauses.keys()) {
      const part: DocumentPart = { kind: 'clauseText', clauseId: clauseId as ClauseId };
      clauseText.set(clauseId as ClauseId, mayWrite(you, part, context, suggesting));
    }
    const statements = new Map<PartyId, Verdict>();
    for (const party of readParties(roots)) {
      statements.set(party.id, mayWrite(you, { kind: 'statement', partyId: party.id }, context));
    }
    return {
      clauseSet: mayWrite(you, { kind: 'clauseSet' }, context),
      clauseText,
      statements,
      roomNotes: mayWrite(you, { kind: 'roomNotes' }, context),
      roomDrafts: mayWrite(you, { kind: 'roomDraft' }, context),
    };
  };
  return useYjsValue(subscribe, read, sameRights);
}

function sameRights(a: WriteRights, b: WriteRights): boolean {
  return (
    sameVerdict(a.clauseSet, b.clauseSet) &&
    sameVerdict(a.roomNotes, b.roomNotes) &&
    sameVerdict(a.roomDrafts, b.roomDrafts) &&
    sameVerdicts(a.clauseText, b.clauseText) &&
    sameVerdicts(a.statements, b.statements)
  );
}

function sameVerdicts<K>(a: ReadonlyMap<K, Verdict>, b: ReadonlyMap<K, Verdict>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, verdict] of a) {
    const other = b.get(key);
    if (other === undefined || !sameVerdict(verdict, other)) return false;
  }
  return true;
}

function sameVerdict(a: Verdict, b: Verdict): boolean {
  if (a.allowed || b.allowed) return a.allowed === b.allowed;
  return a.reason === b.reason;
}
