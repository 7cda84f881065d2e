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
  const before = clauses.length > 0 ? readClauseBrackets(plenaryRoots(input.doc), clauses) : null;
  // Suggestions are judged when the sender must suggest or the clauses hold (or come to hold) any.
  const suggesting = mustSuggest(input.sender, input.context.settings);
  const heldBefore = clauses.length > 0 && (suggesting || holdSuggestions(plenaryRoots(input.doc), clauses));
  const textBefore = clauses.length > 0 ? readClauseTexts(plenaryRoots(input.doc), heldBefore ? clauses : []) : null;
  tentative.apply(clauses);
  const afterProblem = tentative.afterApply?.() ?? null;
  if (afterProblem !== null) {
    tentative.rollback();
    return refused(afterProblem);
  }
  if (before === null) return { ...verdict, bracketChanges: [] };
  const after = readClauseBrackets(plenaryRoots(input.doc), clauses);
  const { sender } = input;
  if (textBefore !== null && (heldBefore || holdSuggestions(plenaryRoots(input.doc), clauses))) {
    // Unread before means none were there: no mark to carry along, no one's suggestion to keep.
    const textAfter = readClauseTexts(plenaryRoots(input.doc), clauses);
    for (const clauseId of clauses) {
      const problem = suggestionEditProblem(
        textBefore.get(clauseId) ?? [],
        textAfter.get(clauseId) ?? [],
        sender,
        suggesting,
      );
      if (problem !== null) {
        tentative.rollback();
        return refused(problem);
      }
    }
  }
  if (sender.role !== 'mediator') {
    for (const clauseId of clauses) {
      const changed = changedForeignBracket(runsOf(before, clauseId), runsOf(after, clauseId), sender.partyId);
      if (changed) {
        const reason = foreignBracketReason(input.doc, changed.bracket.holder, changed.words);
        tentative.rollback();
        return refused(reason);
      }
    }
  }
  const changes = clauses.flatMap((clauseId) =>
    bracketChanges(clauseId, runsOf(before, clauseId), runsOf(after, clauseId)),
  );
  return { ...verdict, bracketChanges: changes };
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
