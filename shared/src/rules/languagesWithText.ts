import * as Y from 'yjs';
import { clauseVersionRecord } from '../schema/ClauseVersion.ts';
import { fragmentPlainText } from '../schema/RichText.ts';
import type { PlenaryRoots } from '../schema/roots.ts';
import type { SessionLanguage } from '../schema/SessionLanguage.ts';

/** Whether a clause's version record holds any words (heading, body or an option's body). */
function versionHoldsWords(version: Y.Map<unknown>): boolean {
  const heading = version.get('heading');
  if (heading instanceof Y.Text && heading.toString().trim() !== '') return true;
  const body = version.get('body');
  if (body instanceof Y.XmlFragment && fragmentPlainText(body).trim() !== '') return true;
  const options = version.get('options');
  if (!(options instanceof Y.Map)) return false;
  for (const optionBody of options.values()) {
    if (optionBody instanceof Y.XmlFragment && fragmentPlainText(optionBody).trim() !== '') return true;
  }
  return false;
}

/**
 * The languages of a session that hold text, which the mediator may not drop (their words would be
 * lost, or a text would be left without the language it was negotiated in): the language of
 * negotiation once a clause exists, and each language whose version of some clause has words.
 */
export function languagesWithText(roots: PlenaryRoots, languages: readonly SessionLanguage[]): Set<string> {
  const withText = new Set<string>();
  const negotiation = languages[0]?.tag;
  if (negotiation !== undefined && roots.clauseOrder.length > 0) withText.add(negotiation);
  for (const { tag } of languages.slice(1)) {
    for (const record of roots.clauses.values()) {
      const version = record instanceof Y.Map ? clauseVersionRecord(record as Y.Map<unknown>, tag) : null;
      if (version !== null && versionHoldsWords(version)) {
        withText.add(tag);
        break;
      }
    }
  }
  return withText;
}
