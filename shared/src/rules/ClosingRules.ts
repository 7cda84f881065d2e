import { CLAUSE_STATUS_NAMES } from '../display/DisplayNames.ts';
import type { ClauseId } from '../ids.ts';
import { clauseNumbers, clauseRecord, readClausesInOrder } from '../schema/Clause.ts';
import { readLanguages, readParties } from '../schema/Meta.ts';
import type { PlenaryRoots } from '../schema/roots.ts';
import { describeOpenContent } from './ClauseLife.ts';
import { clauseFactsOf } from './clauseFacts.ts';
import { describeUnalignedVersions, unalignedAuthenticVersions } from './versionAlignment.ts';

/** A clause that holds a closing step back, and why (in words: brackets, options, suggestions, languages, status). */
export interface ClosingBlock {
  readonly clauseId: ClauseId;
  /** "clause 3", "clause PP1". */
  readonly label: string;
  readonly reasons: readonly string[];
}

/**
 * What a closing step asks of the clauses it covers:
 * - `adoption`: every clause agreed (capitals confirmed; adopted counts too), as ClauseLife's "adopt";
 * - `silence`: nothing open — no bracket, option or pending suggestion, every authentic language
 *   version aligned — so that the chair can believe the text acceptable; silence itself is the consent.
 * Either way a clause with open content is named with what it holds.
 */
export type ClosingStep = 'adoption' | 'silence';

/**
 * The clauses (all of the text, or those in `clauseIds`) that hold `step` back, in the text's order;
 * empty when nothing does. Withdrawn clauses are not part of the text and never block.
 */
export function closingBlocks(
  roots: PlenaryRoots,
  step: ClosingStep,
  clauseIds: readonly string[] | null = null,
): ClosingBlock[] {
  const clauses = readClausesInOrder(roots);
  const numbers = clauseNumbers(clauses);
  const parties = readParties(roots);
  const languages = readLanguages(roots);
  const blocks: ClosingBlock[] = [];
  for (const clause of clauses) {
    if (clause.status === 'withdrawn') continue;
    if (clauseIds !== null && !clauseIds.includes(clause.id)) continue;
    const reasons: string[] = [];
    const open = describeOpenContent(clauseFactsOf(clause, parties).content, parties);
    if (open !== null) reasons.push(open.replace(/^it still has /, 'it has '));
    const record = clauseRecord(roots, clause.id);
    const unaligned = record ? unalignedAuthenticVersions(record, languages) : [];
    if (unaligned.length > 0) reasons.push(describeUnalignedVersions(unaligned));
    if (step === 'adoption' && clause.status !== 'agreed' && clause.status !== 'adopted') {
      reasons.push(
        clause.status === 'agreedAdReferendum'
          ? 'it is agreed ad referendum only (a capital has yet to confirm)'
          : `it is ${CLAUSE_STATUS_NAMES[clause.status]}, not agreed`,
      );
    }
    if (reasons.length > 0) {
      blocks.push({ clauseId: clause.id, label: `clause ${numbers.get(clause.id) ?? '?'}`, reasons });
    }
  }
  return blocks;
}

/** "clause 2: it has an open bracket …; clause 3: it is Proposed, not agreed". */
export function describeClosingBlocks(blocks: readonly ClosingBlock[]): string {
  return blocks.map((block) => `${block.label}: ${block.reasons.join('; ')}`).join('; ');
}
