import type { Agreement, AgreementClause, RunSuggestion } from '@parley/shared';
import {
  BRACKET_REASON_LABELS,
  bracketReasonSchema,
  exportedSuggestionsOf,
  MEDIATOR_HOLDER_NAME,
  suggestionAuthor,
} from '@parley/shared';
import { ownLanguageName } from '../exportText.ts';
import type { AknAdoption, AknContext } from './AknContext.ts';
import { originalLanguage } from './AknContext.ts';
import type { Iris } from './aknIds.ts';
import {
  articleEId,
  bracketReasonEId,
  DOCUMENT_NAME,
  iris,
  JURISDICTION,
  MEDIATOR_EID,
  NEGOTIATING_PARTY_EID,
  PARLEY_EID,
  partyEId,
  personEId,
  recitalEId,
  ref,
} from './aknIds.ts';
import { threeLetterLanguage } from './aknLanguage.ts';
import type { XmlElement } from './xml.ts';
import { el } from './xml.ts';

/** The namespace of Parley's own metadata in `<proprietary>` (the schema admits any other namespace there). */
export const PARLEY_NAMESPACE = 'urn:parley:akn:1';

/** What a workflow step did: the concepts its `outcome` refers to. */
const OUTCOMES = {
  signedOff: 'Signed off',
  signedOffAdReferendum: 'Signed off ad referendum',
  accepted: 'Accepted for adoption',
  acceptedAdReferendum: 'Accepted for adoption ad referendum',
  confirmedByCapital: 'Confirmed by capital',
  adopted: 'Adopted',
  initialled: 'Initialled',
} as const;
type Outcome = keyof typeof OUTCOMES;

/** An instant as `xsd:dateTime` in UTC, whole seconds. */
export const dateTime = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
/** A day as `xsd:date`. */
export const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/** The exported text's standing, in words: the docStatus and the Expression's date name. */
export function textStatus(
  agreement: Agreement,
  context: AknContext,
): 'Adopted' | 'Clean text' | 'Non-paper' | 'Draft' {
  if (context.adoption?.state === 'adopted') return 'Adopted';
  if (!agreement.draft) return 'Clean text';
  return context.nonPaper ? 'Non-paper' : 'Draft';
}

export const clauseEId = (clause: AgreementClause) =>
  clause.kind === 'preamble' ? recitalEId(clause.id) : articleEId(clause.id);

/** The IRIs of the exported expression (its language, at its version: the revision, or the day). */
export function expressionIris(agreement: Agreement, context: AknContext, language: string): Iris {
  return iris(
    { date: dateOf(context.createdAt), sessionId: context.sessionId },
    language,
    context.revisionId ?? agreement.date,
  );
}

function identification(agreement: Agreement, context: AknContext, language: string): XmlElement {
  const own = expressionIris(agreement, context, language);
  const original = originalLanguage(context);
  const authentic = context.languages.find((candidate) => candidate.tag === language)?.authentic ?? true;
  // The Work's authors are the parties negotiating it; the file's, Parley.
  const partyAuthors = agreement.parties.map((party) =>
    el('FRBRauthor', { href: ref(partyEId(party.id)), as: ref(NEGOTIATING_PARTY_EID) }),
  );
  const authors = partyAuthors.length > 0 ? partyAuthors : [el('FRBRauthor', { href: ref(PARLEY_EID) })];
  const status = textStatus(agreement, context);
  return el(
    'identification',
    { source: ref(PARLEY_EID) },
    el(
      'FRBRWork',
      {},
      el('FRBRthis', { value: `${own.work}/!main` }),
      el('FRBRuri', { value: own.work }),
      context.symbol === null ? null : el('FRBRalias', { value: context.symbol, name: 'documentSymbol' }),
      el('FRBRdate', { date: dateOf(context.createdAt), name: 'creation' }),
      authors,
      el('FRBRcountry', { value: JURISDICTION }),
      el('FRBRnumber', { value: context.sessionId }),
      el('FRBRname', { value: DOCUMENT_NAME }),
    ),
    el(
      'FRBRExpression',
      {},
      el('FRBRthis', { value: `${own.expression}/!main` }),
      el('FRBRuri', { value: own.expression }),
      el('FRBRdate', { date: agreement.date, name: status.toLowerCase().replace(/\W+/g, '-') }),
      authors,
      agreement.revision === null ? null : el('FRBRversionNumber', { value: agreement.revision }),
      el('FRBRauthoritative', { value: String(authentic) }),
      // A version in another language names the original it is a version of.
      language === original
        ? null
        : el('FRBRmasterExpression', {
            href: expressionIris(agreement, context, original).expression,
            showAs: ownLanguageName(original),
          }),
      el('FRBRlanguage', { language: threeLetterLanguage(language) }),
    ),
    el(
      'FRBRManifestation',
      {},
      el('FRBRthis', { value: `${own.expression}/!main.xml` }),
      el('FRBRuri', { value: own.manifestation }),
      el('FRBRdate', { date: dateTime(context.generatedAt), name: 'generation' }),
      el('FRBRauthor', { href: ref(PARLEY_EID) }),
      el('FRBRformat', { value: 'application/akn+xml' }),
    ),
  );
}

interface Step {
  readonly at: number;
  readonly by: string;
  readonly outcome: Outcome;
  readonly refersTo?: string;
}

function adoptionSteps(adoption: AknAdoption): Step[] {
  return [
    ...adoption.acceptances.flatMap((acceptance): Step[] => [
      {
        at: acceptance.at,
        by: ref(partyEId(acceptance.partyId)),
        outcome: acceptance.adReferendum ? 'acceptedAdReferendum' : 'accepted',
      },
      ...(acceptance.confirmedAt === null
        ? []
        : [
            {
              at: acceptance.confirmedAt,
              by: ref(partyEId(acceptance.partyId)),
              outcome: 'confirmedByCapital' as const,
            },
          ]),
    ]),
    ...(adoption.state === 'adopted' && adoption.adoptedAt !== null
      ? [{ at: adoption.adoptedAt, by: ref(PARLEY_EID), outcome: 'adopted' as const }]
      : []),
    ...adoption.initials.map((initials) => ({
      at: initials.at,
      by: ref(partyEId(initials.partyId)),
      outcome: 'initialled' as const,
    })),
  ];
}

/**
 * The sign-offs of each clause, and the adoption of the whole (acceptances, confirmations by
 * capital, adoption, initials), as workflow steps in time order: who (`by`, a party), what
 * (`outcome`, a concept) and, for a sign-off, which clause (`refersTo`). Null when nothing happened.
 */
function workflow(agreement: Agreement, context: AknContext): XmlElement | null {
  const steps: Step[] = [...agreement.preamble, ...agreement.operative].flatMap((clause) =>
    clause.signoffs.flatMap((signoff) =>
      signoff.signed && signoff.at !== null
        ? [
            {
              at: signoff.at,
              by: ref(partyEId(signoff.partyId)),
              outcome: signoff.adReferendum ? ('signedOffAdReferendum' as const) : ('signedOff' as const),
              refersTo: ref(clauseEId(clause)),
            },
          ]
        : [],
    ),
  );
  if (context.adoption !== null) steps.push(...adoptionSteps(context.adoption));
  if (steps.length === 0) return null;
  steps.sort((a, b) => a.at - b.at);
  return el(
    'workflow',
    { source: ref(PARLEY_EID) },
    steps.map((step) =>
      el('step', {
        date: dateTime(step.at),
        by: step.by,
        as: step.by === ref(PARLEY_EID) ? undefined : ref(NEGOTIATING_PARTY_EID),
        outcome: ref(step.outcome),
        refersTo: step.refersTo,
      }),
    ),
  );
}

/** The authors of the pending suggestions, once each. */
function suggestionAuthors(agreement: Agreement): RunSuggestion[] {
  const byId = new Map<string, RunSuggestion>();
  for (const clause of [...agreement.preamble, ...agreement.operative]) {
    for (const blocks of [clause.blocks, ...clause.options.map((option) => option.blocks)]) {
      for (const suggestion of exportedSuggestionsOf(blocks)) byId.set(suggestion.by, suggestion);
    }
  }
  return [...byId.values()];
}

/** A TLC entry's IRI in the naming convention's ontology space; Parley's own entries under `parley.`. */
const ontology = (kind: string, name: string) => `/akn/ontology/${kind}/${JURISDICTION}/${name}`;

/**
 * Everything the text refers to: Parley (the source of the metadata), each party (the holders of
 * brackets and the authors of the text), the mediator's role (brackets the mediator holds), the
 * authors of pending suggestions, and the concepts of bracket reasons and workflow outcomes.
 */
function references(agreement: Agreement): XmlElement {
  return el(
    'references',
    { source: ref(PARLEY_EID) },
    el('TLCOrganization', { eId: PARLEY_EID, href: ontology('organization', 'parley'), showAs: 'Parley' }),
    agreement.parties.map((party) =>
      el('TLCOrganization', {
        eId: partyEId(party.id),
        href: ontology('organization', `parley.party.${party.id}`),
        showAs: party.name,
      }),
    ),
    suggestionAuthors(agreement).map((suggestion) =>
      el('TLCPerson', {
        eId: personEId(suggestion.by),
        href: ontology('person', `parley.participant.${suggestion.by}`),
        showAs: suggestionAuthor(suggestion),
      }),
    ),
    el('TLCRole', {
      eId: NEGOTIATING_PARTY_EID,
      href: ontology('role', 'parley.negotiatingParty'),
      showAs: 'Negotiating party',
    }),
    el('TLCRole', { eId: MEDIATOR_EID, href: ontology('role', 'parley.mediator'), showAs: MEDIATOR_HOLDER_NAME }),
    bracketReasonSchema.options.map((reason) =>
      el('TLCConcept', {
        eId: bracketReasonEId(reason),
        href: ontology('concept', `parley.bracketReason.${reason}`),
        showAs: BRACKET_REASON_LABELS[reason],
      }),
    ),
    Object.entries(OUTCOMES).map(([outcome, words]) =>
      el('TLCConcept', { eId: outcome, href: ontology('concept', `parley.${outcome}`), showAs: words }),
    ),
  );
}

const p = (name: string) => `parley:${name}`;

/**
 * Parley's own record of the text, in its namespace: the text's standing, each clause's status and
 * sign-offs by eId (the status has no place in AKN's vocabulary; the sign-offs are also workflow
 * steps), and the adoption's digest.
 */
function proprietary(agreement: Agreement, context: AknContext, language: string): XmlElement {
  const adoption = context.adoption;
  return el(
    'proprietary',
    { source: ref(PARLEY_EID) },
    el(
      p('text'),
      {
        'xmlns:parley': PARLEY_NAMESPACE,
        status: textStatus(agreement, context),
        language,
        original: originalLanguage(context),
        revision: agreement.revision ?? undefined,
        revisionId: context.revisionId ?? undefined,
      },
      [...agreement.preamble, ...agreement.operative].map((clause) =>
        el(
          p('clause'),
          { clause: ref(clauseEId(clause)), number: clause.number, status: clause.status },
          clause.signoffs.map((signoff) =>
            el(p('signOff'), {
              party: ref(partyEId(signoff.partyId)),
              signed: String(signoff.signed),
              adReferendum: signoff.signed ? String(signoff.adReferendum) : undefined,
              at: signoff.at === null ? undefined : dateTime(signoff.at),
            }),
          ),
        ),
      ),
      adoption === null
        ? null
        : el(p('adoption'), {
            state: adoption.state,
            proposedAt: dateTime(adoption.proposedAt),
            adoptedAt: adoption.adoptedAt === null ? undefined : dateTime(adoption.adoptedAt),
            digest: adoption.digest ?? undefined,
          }),
    ),
  );
}

/** `<meta>`: identification (FRBR), workflow, references, proprietary, in the schema's order. */
export function aknMeta(agreement: Agreement, context: AknContext, language: string): XmlElement {
  return el(
    'meta',
    {},
    identification(agreement, context, language),
    workflow(agreement, context),
    references(agreement),
    proprietary(agreement, context, language),
  );
}
