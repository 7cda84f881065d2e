import type { DocumentPart, Verdict } from '@parley/shared';
import { describePart } from '@parley/shared';

/**
 * Why a part is read-only, for the person looking at it: the rules name the part with its id ("text
 * of clause c1x2: the clause is locked"), which the page already shows in context, so keep the why.
 */
export function verdictReason(part: DocumentPart, verdict: Verdict): string | null {
  if (verdict.allowed) return null;
  const prefix = `${describePart(part)}: `;
  const why = verdict.reason.startsWith(prefix) ? verdict.reason.slice(prefix.length) : verdict.reason;
  return why.charAt(0).toUpperCase() + why.slice(1);
}
