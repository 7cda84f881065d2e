import { threeLetterLanguage } from './aknLanguage.ts';

/**
 * The identifiers of the Akoma Ntoso export: element ids (`eId`) and the FRBR IRIs.
 *
 * eIds follow the naming convention's shape (`<element>_<number>`, a child's prefixed by its
 * parent's and `__`), with one departure: the "number" is the clause's id, not its printed number.
 * A clause keeps its id when clauses are moved, added or withdrawn, so `art_<id>` names the same
 * clause in every revision and in every language's expression, and a reference to it (an amendment,
 * a comment in another system) survives renumbering. Clause and option ids are `[0-9a-z]+`, so
 * eIds never hold whitespace (the schema's `noWhiteSpace`) and are unique in the document.
 */

/** An operative clause: an article. */
export const articleEId = (clauseId: string) => `art_${clauseId}`;
/** A preamble clause: a recital. */
export const recitalEId = (clauseId: string) => `rec_${clauseId}`;
export const RECITALS_EID = 'recs';
/** A clause's current text, when it has options (the element the options are alternatives to). */
export const currentTextEId = (clauseEId: string) => `${clauseEId}__blockContainer_text`;
/** An option of a clause (by its id; by its position in files that have no option ids). */
export const optionEId = (clauseEId: string, optionId: string) => `${clauseEId}__blockContainer_opt-${optionId}`;

/** A reference to an eId, as `refersTo`, `alternativeTo`, `href` and `by` take it. */
export const ref = (eId: string) => `#${eId}`;

/** The references (TLC entries) of the metadata. */
export const PARLEY_EID = 'parley';
export const partyEId = (partyId: string) => `party_${partyId}`;
/** A bracket held by the mediator (not a party): the mediator's role. */
export const MEDIATOR_EID = 'mediator';
export const NEGOTIATING_PARTY_EID = 'negotiatingParty';
export const personEId = (participantId: string) => `person_${participantId}`;
export const bracketReasonEId = (reason: string) => `bracketReason_${reason}`;

/**
 * The jurisdiction in the IRIs (`FRBRcountry`): a negotiation between parties belongs to no single
 * country, and claiming an organisation's code ("un", "eu") would say whose document it is. `zz` is
 * an ISO 3166-1 user-assigned code (the one CLDR uses for an unknown or unspecified region).
 */
export const JURISDICTION = 'zz';
/** The document type and its name in the IRIs: `<doc name="agreement">`. */
export const DOCUMENT_TYPE = 'doc';
export const DOCUMENT_NAME = 'agreement';

export interface Iris {
  readonly work: string;
  readonly expression: string;
  readonly manifestation: string;
}

/**
 * The FRBR IRIs (naming convention: `/akn/<country>/<type>/<subtype>/<date>/<number>` for the Work,
 * `…/<lang>@<version>` for an Expression, `….akn` for the Manifestation): the Work is the session's
 * text (dated the day it was created, numbered by the session's id); an Expression is one language
 * at one version: a saved revision's id, or the day of the current text.
 */
export function iris(work: { date: string; sessionId: string }, language: string, version: string): Iris {
  const workIri = `/akn/${JURISDICTION}/${DOCUMENT_TYPE}/${DOCUMENT_NAME}/${work.date}/${work.sessionId}`;
  const expression = `${workIri}/${threeLetterLanguage(language)}@${version}`;
  return { work: workIri, expression, manifestation: `${expression}.akn` };
}
