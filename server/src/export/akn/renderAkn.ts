import type { Agreement, AgreementClause } from '@parley/shared';
import type { AknContext } from './AknContext.ts';
import { originalLanguage } from './AknContext.ts';
import { currentTextEId, DOCUMENT_NAME, optionEId, partyEId, RECITALS_EID, ref } from './aknIds.ts';
import { aknMeta, clauseEId, textStatus } from './aknMeta.ts';
import { AKN_MIXED_CONTENT, someBlockNodes } from './aknText.ts';
import type { XmlElement, XmlNode } from './xml.ts';
import { el, serializeXml } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

/**
 * A clause's text: its words, or, when it has options, its current text and each option as
 * `<blockContainer>`s, every option `alternativeTo` the current text (the schema's attribute for "an
 * alternative version of some content", naming the main element's eId), labelled by its `<num>`.
 */
function clauseText(clause: AgreementClause): XmlNode[] {
  if (clause.options.length === 0) return someBlockNodes(clause.blocks);
  const own = clauseEId(clause);
  const current = currentTextEId(own);
  return [
    el('blockContainer', { eId: current, class: 'currentText' }, someBlockNodes(clause.blocks)),
    ...clause.options.map((option, index) =>
      el(
        'blockContainer',
        { eId: optionEId(own, option.id ?? String(index + 1)), class: 'option', alternativeTo: ref(current) },
        el('num', {}, option.label),
        someBlockNodes(option.blocks),
      ),
    ),
  ];
}

const heading = (clause: AgreementClause) =>
  clause.heading.trim() === '' ? null : el('heading', {}, clause.heading.trim());

/** A preamble clause: a recital, numbered as the draft numbers it (PP1 …). */
function recital(clause: AgreementClause): XmlElement {
  return el(
    'recital',
    { eId: clauseEId(clause), class: clause.status },
    el('num', {}, clause.number),
    heading(clause),
    clauseText(clause),
  );
}

/** An operative clause: a numbered article with its heading and content. */
function article(clause: AgreementClause): XmlElement {
  return el(
    'article',
    { eId: clauseEId(clause), class: clause.status },
    el('num', {}, `${clause.number}.`),
    heading(clause),
    el('content', {}, clauseText(clause)),
  );
}

/** The title block: title, document symbol, standing and date (and revision), the parties. */
function preface(agreement: Agreement, context: AknContext, language: string): XmlElement {
  const standing: XmlNode[] = [
    el('docStatus', {}, textStatus(agreement, context)),
    ', ',
    el('docDate', { date: agreement.date }, agreement.date),
    ...(agreement.revision === null ? [] : [`, ${agreement.revision}`]),
  ];
  const parties = agreement.parties.flatMap((party, index) => [
    ...(index === 0 ? [] : [', ']),
    el('organization', { refersTo: ref(partyEId(party.id)) }, party.name),
  ]);
  return el(
    'preface',
    { 'xml:lang': language },
    el('p', { class: 'title' }, el('docTitle', {}, agreement.title)),
    context.symbol === null ? null : el('p', { class: 'symbol' }, el('docNumber', {}, context.symbol)),
    el('p', { class: 'status' }, standing),
    parties.length === 0 ? null : el('p', { class: 'parties' }, parties),
  );
}

/**
 * The agreement as an Akoma Ntoso 3.0 document: one expression (one language) of the session's text,
 * `<doc name="agreement">` (a negotiated text is neither a bill nor an act: no legislature enacts it)
 * with its FRBR identification, the title block as `<preface>`, the preamble clauses as recitals and
 * the operative clauses as articles in `<mainBody>`, options as alternatives, brackets and pending
 * suggestions marked inline. See README, "Akoma Ntoso".
 */
export function renderAkn(agreement: Agreement, context: AknContext): string {
  const language = agreement.language ?? originalLanguage(context);
  const body = agreement.operative.map(article);
  const document = el(
    'akomaNtoso',
    { xmlns: AKN_NAMESPACE },
    el(
      'doc',
      { name: DOCUMENT_NAME },
      aknMeta(agreement, context, language),
      preface(agreement, context, language),
      agreement.preamble.length === 0
        ? null
        : el(
            'preamble',
            { 'xml:lang': language },
            el('recitals', { eId: RECITALS_EID }, agreement.preamble.map(recital)),
          ),
      // The body holds at least one element in the schema: an empty paragraph for a draft with no clauses yet.
      el('mainBody', { 'xml:lang': language }, body.length > 0 ? body : [el('p')]),
    ),
  );
  return serializeXml(document, AKN_MIXED_CONTENT);
}
