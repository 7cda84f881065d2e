import type { PlenaryRoots } from '../schema/roots.ts';
import type { SessionLanguage } from '../schema/SessionLanguage.ts';

/**
 * The languages of a session that hold text, which the mediator may not drop (their words would be
 * lost, or a text would be left without the language it was negotiated in). Today the clauses hold
 * text in the language of negotiation alone; language versions will add theirs.
 */
export function languagesWithText(roots: PlenaryRoots, languages: readonly SessionLanguage[]): Set<string> {
  const withText = new Set<string>();
  const negotiation = languages[0]?.tag;
  if (negotiation !== undefined && roots.clauseOrder.length > 0) withText.add(negotiation);
  return withText;
}
