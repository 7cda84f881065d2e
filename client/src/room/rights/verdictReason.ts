import type { DocumentPart, Verdict } from '@parley/shared';
import { describePart } from '@parley/shared';
import type { Translate } from '../../i18n/Translate.ts';
import { writeRefusalWords } from './ruleWords.ts';

/**
 * Why a part is read-only, for the person looking at it, in their language: worded from the rules'
 * facts (`why`); a verdict without them (one the client made up) keeps its reason, minus the part's
 * name ("text of clause c1x2: …"), which the page already shows in context.
 */
export function verdictReason(part: DocumentPart, verdict: Verdict, text: Translate): string | null {
  if (verdict.allowed) return null;
  if (verdict.why !== undefined) return writeRefusalWords(verdict.why, text);
  const prefix = `${describePart(part)}: `;
  const why = verdict.reason.startsWith(prefix) ? verdict.reason.slice(prefix.length) : verdict.reason;
  return why.charAt(0).toUpperCase() + why.slice(1);
}
