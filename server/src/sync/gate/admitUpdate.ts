import {
  changedForeignBracket,
  holderName,
  isMediatorHolder,
  mustSuggest,
  plenaryRoots,
  readParties,
  suggestionEditProblem,
} from '@parley/shared';
import type * as Y from 'yjs';
import type { BracketChange, ClauseBrackets } from './BracketedText.ts';
import { bracketChanges, readClauseBrackets } from './BracketedText.ts';
import type { GateResult } from './GateResult.ts';
import { refuse } from './GateResult.ts';
import { holdSuggestions, readClauseTexts } from './SuggestedText.ts';
import type { GateInput } from './UpdateGate.ts';
import { checkUpdate } from './UpdateGate.ts';
import type { WordingRef } from './Wordings.ts';
import { originalOf, wordingKey } from './Wordings.ts';

/** How the caller applies an update that passed the gate, and takes it back if its effect is refused. */
export interface TentativeApply {
  /**
   * Applies the update to the document, holding back storage and relay until the verdict. Told the
   * clauses whose wording the update writes (the gate's reading), before anything is applied.
   */
  apply(clauseTexts: readonly string[]): void;
  /** Returns the document to its state before `apply` (nothing of the update was stored or sent). */
  rollback(): void;
  /** Why the applied update cannot stay (e.g. Yjs parked part of it), or null. */
  afterApply?(): string | null;
}

type Refused = Extract<GateResult, { ok: false }>;

export type AdmissionResult =
  | (Extract<GateResult, { ok: true }> & { readonly bracketChanges: readonly BracketChange[] })
  | Refused;

const refused = (reason: string): Refused => refuse(reason) as Refused;

/**
 * Lets an update into a document in two steps. The gate (`checkUpdate`) decides everything it can
 * from the update's structs alone, before anything is applied. Brackets are judged by their effect:
 * what every character of the clauses the update writes ends up under, which only Yjs itself can
 * tell (integration order, format cleanup). So an update that writes clause text is applied with
 * storage and relay held back, the bracketed text of those clauses is compared before and after,
 * and a refused update is rolled back before anyone saw it.
 */
export function admitUpdate(input: GateInput, tentative: TentativeApply): AdmissionResult {
  const verdict = checkUpdate(input);
  if (!verdict.ok) return verdict;
  const clauses = verdict.clauseTexts;
  // The originals and the language versions the update writes: each is judged the same way.
  const wordings: WordingRef[] = [...clauses.map(originalOf), ...verdict.clauseVersions];
  const roots = () => plenaryRoots(input.doc);
  const marked = new Set<string>();
  const before = wordings.length > 0 ? readClauseBrackets(roots(), wordings, marked) : null;
  // Suggestions are judged when the sender must suggest or the wordings hold (or come to hold) any.
  const suggesting = mustSuggest(input.sender, input.context.settings);
  const heldBefore = wordings.length > 0 && (suggesting || holdSuggestions(roots(), wordings));
  const textBefore = wordings.length > 0 ? readClauseTexts(roots(), heldBefore ? wordings : []) : null;
  tentative.apply(clauses);
  const afterProblem = tentative.afterApply?.() ?? null;
  if (afterProblem !== null) {
    tentative.rollback();
    return refused(afterProblem);
  }
  if (before === null) return { ...verdict, bracketChanges: [] };
  // Bracketed words come only from bracket marks: with none in these wordings before and no formatting
  // in the update, none can be there after (Yjs's cleanup only removes marks), so the second reading
  // (a walk of every item of the wordings, a twentieth of the server's time in the many-rooms
  // profile) would find nothing either.
  const after = marked.size === 0 && !verdict.writesFormatting ? before : readClauseBrackets(roots(), wordings);
  const { sender } = input;
  if (textBefore !== null && (heldBefore || holdSuggestions(roots(), wordings))) {
    // Unread before means none were there: no mark to carry along, no one's suggestion to keep.
    const textAfter = readClauseTexts(roots(), wordings);
    for (const ref of wordings) {
      const key = wordingKey(ref);
      const problem = suggestionEditProblem(textBefore.get(key) ?? [], textAfter.get(key) ?? [], sender, suggesting);
      if (problem !== null) {
        tentative.rollback();
        return refused(problem);
      }
    }
  }
  // The same reading before and after: no bracket can have changed, nor its holder's words.
  if (after === before) return { ...verdict, bracketChanges: [] };
  for (const ref of wordings) {
    if (!bracketHolderRuleApplies(sender, ref)) continue;
    const key = wordingKey(ref);
    const changed = changedForeignBracket(runsOf(before, key), runsOf(after, key), sender.partyId);
    if (changed) {
      const reason = foreignBracketReason(input.doc, changed.bracket.holder, changed.words);
      tentative.rollback();
      return refused(reason);
    }
  }
  // The record follows the original's brackets; a version's are its translation.
  const changes = clauses.flatMap((clauseId) =>
    bracketChanges(clauseId, runsOf(before, clauseId), runsOf(after, clauseId)),
  );
  return { ...verdict, bracketChanges: changes };
}

/**
 * Only a bracket's holder (or the mediator) changes the words inside it, in the original and, when
 * delegates write the versions (languages negotiated in parallel), in a version; language services
 * translate a version's bracketed words and its bracket marks as they translate the rest.
 */
function bracketHolderRuleApplies(sender: GateInput['sender'], ref: WordingRef): boolean {
  if (sender.role === 'mediator') return false;
  return ref.language === null || sender.role !== 'languageServices';
}

function runsOf(readings: Map<string, ClauseBrackets>, clauseId: string): ClauseBrackets {
  return readings.get(clauseId) ?? [];
}

/** "The words “9,000 troops” are bracketed by Northland: only Northland or the mediator may change them." */
function foreignBracketReason(doc: Y.Doc, holder: string, words: string): string {
  const name = holderName(holder, readParties(plenaryRoots(doc)));
  const quoted = words.length > 24 ? `${words.slice(0, 23)}…` : words;
  // A mediator-held bracket (a zero draft's, not yet given to a party) is the mediator's alone.
  return isMediatorHolder(holder)
    ? `the words “${quoted}” are bracketed by the mediator: only the mediator may change them`
    : `the words “${quoted}” are bracketed by ${name}: only ${name} or the mediator may change them`;
}
