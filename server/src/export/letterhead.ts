import type { Adoption, Agreement, DocumentMarking, PlenaryRoots } from '@parley/shared';
import { documentDateInWords, readDocumentDetails } from '@parley/shared';

/**
 * What every page of an exported document carries, as a UN or OSCE negotiating document does: the
 * document symbol, the marking and the date. The mediator sets the symbol, the marking (draft or
 * non-paper) and the date (`document.details`); "adopted" follows the adoption of the whole text.
 */
export interface Letterhead {
  /** `PARLEY/2026/3/Rev.2`; empty when the mediator set none (the header then names the title). */
  readonly symbol: string;
  readonly marking: DocumentMarking | 'adopted';
  /** `YYYY-MM-DD`: the mediator's date, or the export's (a revision's: the day it was saved). */
  readonly date: string;
  /** The adopted text's authentication (digest and initials); null for any other text. */
  readonly authentication: Authentication | null;
}

/**
 * What authenticates an adopted text (Vienna Convention art. 10): the SHA-256 of its canonical JSON
 * export, which `GET /api/sessions/:id/verify?digest=` recognises, and the heads of delegation's
 * initials so far, in the parties' order.
 */
export interface Authentication {
  readonly digest: string;
  readonly initials: readonly { readonly partyName: string; readonly name: string; readonly at: number }[];
}

/** When a head of delegation initialled, in UTC as every other time in the export. */
export function initialledAt(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The authentication of an adopted text, from the session's adoption (null while it has no digest). */
export function authenticationOf(agreement: Agreement, adoption: Adoption | null): Authentication | null {
  if (adoption?.state !== 'adopted' || adoption.digest === undefined) return null;
  const initials = agreement.parties.flatMap((party) => {
    const initialled = adoption.initials[party.id];
    return initialled ? [{ partyName: party.name, name: initialled.name, at: initialled.at }] : [];
  });
  return { digest: adoption.digest, initials };
}

/** A text exported without details (the renderers called directly): no symbol, a draft, the text's own date. */
export function plainLetterhead(agreement: Agreement): Letterhead {
  return { symbol: '', marking: 'draft', date: agreement.date, authentication: null };
}

/**
 * Whether the whole text has been adopted, read defensively: `moderation.adoption` (a plain value
 * `{state: 'proposed'|'adopted', revisionId?}`, issue 18's adoption) may be absent or from a later
 * version. `revision`: the saved revision exported, which counts when it is the revision frozen at adoption.
 */
export function adoptedText(roots: PlenaryRoots, revision?: string): boolean {
  const adoption: unknown = roots.moderation.get('adoption');
  if (typeof adoption !== 'object' || adoption === null) return false;
  const { state, revisionId } = adoption as { state?: unknown; revisionId?: unknown };
  if (state !== 'adopted') return false;
  return revision === undefined || revisionId === revision;
}

/**
 * The letterhead of a text: the details the mediator set in it, "adopted" once it is, and then its
 * authentication (`authenticationOf`), when the adoption is given.
 */
export function letterheadOf(
  roots: PlenaryRoots,
  agreement: Agreement,
  adopted: boolean,
  authentication: Authentication | null = null,
): Letterhead {
  const details = readDocumentDetails(roots);
  return {
    symbol: details.symbol,
    marking: adopted ? 'adopted' : details.marking,
    date: details.date ?? agreement.date,
    authentication: adopted ? authentication : null,
  };
}

/** The marking in words: "Adopted", "Non-paper", or for the mediator's draft "Draft" (a clean text: "Clean text"). */
export function markingWords(letterhead: Letterhead, agreement: Agreement): string {
  switch (letterhead.marking) {
    case 'adopted':
      return 'Adopted';
    case 'nonPaper':
      return 'Non-paper';
    case 'draft':
      return agreement.draft ? 'Draft' : 'Clean text';
  }
}

/** What the header names the document by: its symbol, or its title while it has none. */
export function headerName(letterhead: Letterhead, agreement: Agreement): string {
  return letterhead.symbol !== '' ? letterhead.symbol : agreement.title;
}

export function dateWords(letterhead: Letterhead): string {
  return documentDateInWords(letterhead.date);
}

/** "Ruritania and 北方連合", "A, B and C": the parties as the title block names them. */
export function partiesInWords(agreement: Agreement): string {
  const names = agreement.parties.map((party) => party.name);
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The line under the title: the revision (or "Current text") and the date in words. */
export function revisionLine(letterhead: Letterhead, agreement: Agreement): string {
  return `${agreement.revision ?? 'Current text'} · ${dateWords(letterhead)}`;
}
