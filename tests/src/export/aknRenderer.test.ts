import type { AknContext } from '@parley/server/export';
import { renderAkn } from '@parley/server/export';
import type { SessionLanguage } from '@parley/shared';
import { buildAgreement, cleanTextProblems, createPlenaryDocument, insertClause, plenaryRoots } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { validateAkn } from '../helpers/xmllint.ts';
import { agreementFixture, PARTY_B } from './agreementFixture.ts';
import { languageFixture } from './languageFixture.ts';
import { ANNA, BORIS, PARTICIPANT_NAMES, suggestionFixture } from './suggestionFixture.ts';

const CREATED = Date.UTC(2026, 10, 20, 9, 30);
const GENERATED = Date.UTC(2026, 11, 1, 15, 0, 12);

function context(languages: readonly SessionLanguage[] = [{ tag: 'en', authentic: true }]): AknContext {
  return {
    sessionId: 'snorthernbasin',
    createdAt: CREATED,
    revisionId: null,
    generatedAt: GENERATED,
    languages,
    symbol: null,
    nonPaper: false,
    adoption: null,
  };
}

function draft(doc: Y.Doc, language?: string) {
  return buildAgreement(doc, {
    date: '2026-12-01',
    revision: null,
    clean: false,
    participantNames: PARTICIPANT_NAMES,
    ...(language === undefined ? {} : { language }),
  });
}

/** Every `eId` of the file, in order. */
const eIds = (xml: string) => [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]);
/** The element with the eId, up to its end (the first closing tag of its name after it). */
function element(xml: string, name: string, eId: string): string {
  const start = xml.indexOf(`<${name} eId="${eId}"`);
  if (start < 0) throw new Error(`no <${name} eId="${eId}">`);
  return xml.slice(start, xml.indexOf(`</${name}>`, start) + name.length + 3);
}

describe('the Akoma Ntoso export', () => {
  it('a draft with preamble, articles, a bracket held by a party, options and sign-offs validates against the OASIS schema', async () => {
    const doc = agreementFixture();
    const agreement = draft(doc);
    const xml = renderAkn(agreement, context());
    const validation = await validateAkn(xml);
    expect(validation.output).toContain('validates');
    expect(validation.code).toBe(0);
    // The check has teeth: an element the schema does not know there fails it.
    expect((await validateAkn(xml.replace('<num>1.</num>', '<nom>1.</nom>'))).code).not.toBe(0);

    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<akomaNtoso xmlns="http:\/\/docs.oasis-open.org\/legaldocml\/ns\/akn\/3.0">/,
    );
    expect(xml).toContain('<doc name="agreement">');
    // FRBR identification: Work, Expression (English), Manifestation.
    const work = '/akn/zz/doc/agreement/2026-11-20/snorthernbasin';
    expect(xml).toContain('<identification source="#parley">');
    expect(xml).toContain(`<FRBRthis value="${work}/!main"/>`);
    expect(xml).toContain(`<FRBRuri value="${work}/eng@2026-12-01"/>`);
    expect(xml).toContain('<FRBRcountry value="zz"/>');
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toContain(`<FRBRauthor href="#party_${PARTY_B}" as="#negotiatingParty"/>`);
    expect(xml).toContain('<FRBRdate date="2026-12-01T15:00:12Z" name="generation"/>');
    expect(xml).toContain(
      `<TLCOrganization eId="party_${PARTY_B}" href="/akn/ontology/organization/zz/parley.party.${PARTY_B}" showAs="北方連合"/>`,
    );
    expect(xml).toContain('<p class="title"><docTitle>Agreement on the Northern Water Basin</docTitle></p>');

    const [pp1] = agreement.preamble;
    const [op1, op2, op3] = agreement.operative;
    if (!pp1 || !op1 || !op2 || !op3) throw new Error('fixture changed');
    // eIds from the clause ids, the printed numbers in <num>.
    expect(element(xml, 'recital', `rec_${pp1.id}`)).toContain('<num>PP1</num>');
    expect(element(xml, 'article', `art_${op1.id}`)).toContain('<num>1.</num>');
    expect(element(xml, 'article', `art_${op1.id}`)).toContain('<heading>Ceasefire</heading>');
    expect(element(xml, 'recital', `rec_${pp1.id}`)).toContain(
      '<p>Recalling the <i>Charter of the United Nations</i>,</p>',
    );
    // The bracket: marked inline, held by party B (its TLC entry), with its reason; brackets kept in the words.
    expect(element(xml, 'article', `art_${op1.id}`)).toContain(
      `<inline name="bracket" refersTo="#party_${PARTY_B} #bracketReason_awaitingInstructions" title="北方連合: Awaiting instructions">[within 48 hours]</inline>`,
    );
    expect(xml).toContain('<ul>');
    // The options: alternatives to the clause's current text.
    const verification = element(xml, 'article', `art_${op2.id}`);
    expect(verification).toContain(`<blockContainer eId="art_${op2.id}__blockContainer_text" class="currentText">`);
    const alternatives = [
      ...verification.matchAll(
        /<blockContainer eId="([^"]+)" class="option" alternativeTo="([^"]+)">\s*<num>([^<]+)<\/num>/g,
      ),
    ];
    expect(alternatives.map((m) => [m[2], m[3]])).toEqual([
      [`#art_${op2.id}__blockContainer_text`, 'Option 1'],
      [`#art_${op2.id}__blockContainer_text`, 'Option 2'],
      [`#art_${op2.id}__blockContainer_text`, 'No text'],
    ]);
    expect(alternatives.every((m) => m[1]?.startsWith(`art_${op2.id}__blockContainer_opt-`))).toBe(true);
    // Sign-offs as workflow steps, and each clause's status in Parley's own metadata.
    expect(xml).toContain(
      `<step date="1970-01-01T00:00:00Z" by="#party_${PARTY_B}" as="#negotiatingParty" outcome="#signedOffAdReferendum" refersTo="#rec_${pp1.id}"/>`,
    );
    expect(xml).toContain(`<parley:clause clause="#art_${op3.id}" number="3" status="withdrawn">`);
    expect(new Set(eIds(xml)).size).toBe(eIds(xml).length);
  });

  it('pending suggestions are <ins>/<del> naming their author, inside the bracket they fall in', async () => {
    const doc = suggestionFixture();
    const xml = renderAkn(draft(doc), context());
    const validation = await validateAkn(xml);
    expect(validation.code, validation.output).toBe(0);
    expect(xml).toContain(
      `<ins refersTo="#person_${ANNA}" title="Insertion suggested by Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC">promptly <b>and in good faith </b></ins>`,
    );
    expect(xml).toContain(
      '<del refersTo="#person_uenvoy" title="Deletion suggested by The Envoy (mediator), 2026-12-01 14:06 UTC"> in Geneva</del>',
    );
    expect(xml).toMatch(
      new RegExp(
        `<inline name="bracket" [^>]*>\\[every month<ins refersTo="#person_${BORIS}" [^>]*> or week</ins>\\]</inline>`,
      ),
    );
    expect(xml).toContain(
      `<TLCPerson eId="person_${BORIS}" href="/akn/ontology/person/zz/parley.participant.${BORIS}" showAs="Борис Петров (Граница)"/>`,
    );
  });

  it('one expression per language: the same eIds, the language named, a version pointing at the original', async () => {
    const { doc, clauseId } = languageFixture();
    const languages: SessionLanguage[] = [
      { tag: 'en', authentic: true },
      { tag: 'ru', authentic: true },
      { tag: 'ar', authentic: false },
    ];
    const english = renderAkn(draft(doc), context(languages));
    const russian = renderAkn(draft(doc, 'ru'), context(languages));
    const arabic = renderAkn(draft(doc, 'ar'), context(languages));
    for (const xml of [english, russian, arabic]) {
      const validation = await validateAkn(xml);
      expect(validation.code, validation.output).toBe(0);
    }
    expect(eIds(russian)).toEqual(eIds(english));
    expect(eIds(arabic)).toEqual(eIds(english));
    const work = '/akn/zz/doc/agreement/2026-11-20/snorthernbasin';
    expect(russian).toContain('<FRBRlanguage language="rus"/>');
    expect(russian).toContain(`<FRBRuri value="${work}/rus@2026-12-01"/>`);
    expect(russian).toContain(`<FRBRmasterExpression href="${work}/eng@2026-12-01" showAs="English"/>`);
    expect(english).not.toContain('FRBRmasterExpression');
    expect(russian).toContain('<mainBody xml:lang="ru">');
    expect(element(russian, 'article', `art_${clauseId}`)).toContain('<heading>Встречи</heading>');
    expect(element(russian, 'article', `art_${clauseId}`)).toContain('[ежегодно]</inline>');
    expect(arabic).toContain('<FRBRlanguage language="ara"/>');
    expect(arabic).toContain('<FRBRauthoritative value="false"/>');
    expect(english).toContain('<FRBRauthoritative value="true"/>');
  });

  it('escapes markup in titles and words, drops characters XML cannot hold, and validates a session with no clauses', async () => {
    const doc = createPlenaryDocument({
      title: 'Talks <"Basin"> & Co\u0001',
      parties: [{ id: 'pa' as never, name: 'A & <B>', color: '#0072b2' }],
    });
    const empty = renderAkn(draft(doc), context());
    expect((await validateAkn(empty)).code).toBe(0);
    insertClause(plenaryRoots(doc), { kind: 'operative', heading: 'x < y', text: 'a && b </p> "c"' });
    const xml = renderAkn(draft(doc), context());
    const validation = await validateAkn(xml);
    expect(validation.code, validation.output).toBe(0);
    expect(xml).toContain('<docTitle>Talks &lt;"Basin"&gt; &amp; Co</docTitle>');
    expect(xml).toContain('showAs="A &amp; &lt;B&gt;"');
    expect(xml).toContain('<heading>x &lt; y</heading>');
    expect(xml).toContain('<p>a &amp;&amp; b &lt;/p&gt; "c"</p>');
  });

  it('the clean text and an adopted, initialled text with a document symbol validate too', async () => {
    const doc = createPlenaryDocument({
      title: 'Agreement',
      parties: [{ id: 'pa' as never, name: 'Ruritania', color: '#0072b2' }],
    });
    insertClause(plenaryRoots(doc), { kind: 'preamble', text: 'Recalling,' });
    insertClause(plenaryRoots(doc), { kind: 'operative', text: 'The Parties shall meet.' });
    const clean = buildAgreement(doc, { date: '2026-12-01', revision: 'Adopted text', clean: true });
    expect(cleanTextProblems(doc).length).toBeGreaterThan(0); // not agreed: the API refuses; the renderer renders what it is given
    const adopted: AknContext = {
      ...context(),
      revisionId: 'vadopted',
      symbol: 'PARLEY/2026/3/Rev.2',
      adoption: {
        state: 'adopted',
        proposedAt: Date.UTC(2026, 11, 1, 16),
        adoptedAt: Date.UTC(2026, 11, 1, 17),
        digest: 'a'.repeat(64),
        acceptances: [
          {
            partyId: 'pa',
            at: Date.UTC(2026, 11, 1, 16, 30),
            adReferendum: true,
            confirmedAt: Date.UTC(2026, 11, 2, 9),
          },
        ],
        initials: [{ partyId: 'pa', name: 'A. K.', at: Date.UTC(2026, 11, 2, 10) }],
      },
    };
    const xml = renderAkn(clean, adopted);
    const validation = await validateAkn(xml);
    expect(validation.code, validation.output).toBe(0);
    expect(xml).toContain('<docStatus>Adopted</docStatus>');
    expect(xml).toContain('<docNumber>PARLEY/2026/3/Rev.2</docNumber>');
    expect(xml).toContain('<FRBRalias value="PARLEY/2026/3/Rev.2" name="documentSymbol"/>');
    expect(xml).toContain('<FRBRversionNumber value="Adopted text"/>');
    expect(xml).toContain('/eng@vadopted"/>');
    const outcomes = [...xml.matchAll(/<step [^>]*outcome="#(\w+)"/g)].map((m) => m[1]);
    expect(outcomes).toEqual(['acceptedAdReferendum', 'adopted', 'confirmedByCapital', 'initialled']);
    expect(xml).toContain(`digest="${'a'.repeat(64)}"`);
    expect(xml).not.toContain('name="bracket"');
  });
});
