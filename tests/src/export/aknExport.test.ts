import { INSERTION_MARK } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import { command } from '../helpers/api.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { suggest } from '../helpers/suggest.ts';
import { validateAkn } from '../helpers/xmllint.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { preparedSession } from '../security/sessionFixture.ts';

async function exportAs(server: TestServer, f: PreparedSession, token: string, query: string) {
  const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { response, text: Buffer.from(await response.arrayBuffer()).toString('utf8') };
}

/** Each article's eId with the number it prints, in the order of the text. */
const articles = (xml: string) =>
  [...xml.matchAll(/<article eId="([^"]+)"[^>]*>\s*<num>([^<]*)<\/num>/g)].map((m) => [m[1], m[2]]);
/** The eIds of the text (recitals, articles and their parts), in order: not the metadata's references. */
const textEIds = (xml: string) => [...xml.matchAll(/ eId="((?:art|rec)[^"]*)"/g)].map((m) => m[1]);

/** 1 December 2026, 14:05:00 UTC. */
const AT = Date.UTC(2026, 11, 1, 14, 5);

describe('the Akoma Ntoso export through the API', () => {
  it('serves a draft in English and Russian that validates, with stable eIds across a move, options, a bracket and a suggestion', async () => {
    const server = await startServer();
    const f = await preparedSession(server, { bracketedAndAgreed: true, russianVersion: true });
    const { openClause, lockedClause, bracketedClause, agreedClause } = f;
    if (bracketedClause === null || agreedClause === null) throw new Error('fixture without the extra clauses');
    const option = await command(server.url, f.session.id, f.mediator.token, {
      type: 'clause.addOption',
      clauseId: openClause,
      label: 'Option 1',
    });
    expect(option.status, JSON.stringify(option.body)).toBe(200);
    // Граница suggests " promptly" before the full stop of "The Parties shall meet."
    await suggest(server, f, f.delegateB, 'sborisins', AT, (text, attributes) =>
      text.insert(22, ' promptly', { [INSERTION_MARK]: attributes }),
    );

    const english = await exportAs(server, f, f.delegateA.token, 'format=akn');
    expect(english.response.status, english.text).toBe(200);
    expect(english.response.headers.get('content-type')).toBe('application/akn+xml; charset=utf-8');
    expect(english.response.headers.get('content-disposition')).toMatch(
      /attachment; filename="Talks-on-the-northern-border-draft\.xml"/,
    );
    const validation = await validateAkn(english.text);
    expect(validation.code, validation.output).toBe(0);
    expect(english.text).toContain(`<FRBRnumber value="${f.session.id}"/>`);
    expect(english.text).toContain('<FRBRlanguage language="eng"/>');
    expect(articles(english.text)).toEqual([
      [`art_${openClause}`, '1.'],
      [`art_${lockedClause}`, '2.'],
      [`art_${bracketedClause}`, '3.'],
      [`art_${agreedClause}`, '4.'],
    ]);
    expect(english.text).toContain(
      `<inline name="bracket" refersTo="#party_${f.partyA} #bracketReason_substance" title="Ruritania: Substance">[9,000 troops]</inline>`,
    );
    expect(english.text).toMatch(
      new RegExp(`class="option" alternativeTo="#art_${openClause}__blockContainer_text">\\s*<num>Option 1</num>`),
    );
    expect(english.text).toContain(
      `meet<ins refersTo="#person_${f.delegateB.participantId}" title="Insertion suggested by Делегат B (Граница), 2026-12-01 14:05 UTC"> promptly</ins>.`,
    );
    expect(english.text).toMatch(
      new RegExp(
        `<step date="[^"]+" by="#party_${f.partyB}" as="#negotiatingParty" outcome="#signedOff" refersTo="#art_${agreedClause}"/>`,
      ),
    );
    expect(english.text).toContain(`<parley:clause clause="#art_${agreedClause}" number="4" status="agreed">`);

    // The Russian expression: its own file, the same eIds.
    const russian = await exportAs(server, f, f.delegateA.token, 'format=akn&language=ru');
    expect(russian.response.status).toBe(200);
    expect(russian.response.headers.get('content-disposition')).toContain('-draft-ru.xml"');
    expect((await validateAkn(russian.text)).code).toBe(0);
    expect(russian.text).toContain('<FRBRlanguage language="rus"/>');
    expect(russian.text).toContain('<FRBRmasterExpression href="');
    expect(textEIds(russian.text)).toEqual(textEIds(english.text));
    expect(textEIds(english.text)).toContain(`art_${openClause}__blockContainer_text`);

    // The mediator moves the last clause first and adds one: numbers change, eIds stay with their clauses.
    const moved = await command(server.url, f.session.id, f.mediator.token, {
      type: 'clause.move',
      clauseId: agreedClause,
      index: 0,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const added = await command(server.url, f.session.id, f.mediator.token, {
      type: 'clause.add',
      kind: 'operative',
      text: 'A new clause.',
    });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    const after = await exportAs(server, f, f.mediator.token, 'format=akn');
    expect((await validateAkn(after.text)).code).toBe(0);
    const renumbered = articles(after.text);
    expect(renumbered.slice(0, 4)).toEqual([
      [`art_${agreedClause}`, '1.'],
      [`art_${openClause}`, '2.'],
      [`art_${lockedClause}`, '3.'],
      [`art_${bracketedClause}`, '4.'],
    ]);
    expect(renumbered[4]?.[1]).toBe('5.');
    expect(renumbered).toHaveLength(5);

    // A saved revision is its own expression, named by the revision's id.
    const saved = await command(server.url, f.session.id, f.mediator.token, { type: 'version.save', label: 'Rev.1' });
    const versionId = (saved.body as { versionId: string }).versionId;
    const revision = await exportAs(server, f, f.mediator.token, `format=akn&revision=${versionId}`);
    expect((await validateAkn(revision.text)).code).toBe(0);
    expect(revision.text).toContain(`/eng@${versionId}"/>`);
    expect(revision.text).toContain('<FRBRversionNumber value="Rev.1"/>');
  });

  it('is refused as the other formats are: observers (403) until allowed, two languages or authorship (400), an unagreed clean text (409)', async () => {
    const server = await startServer();
    const f = await preparedSession(server, { russianVersion: true });
    const refused = await exportAs(server, f, f.observer.token, 'format=akn');
    expect(refused.response.status).toBe(403);
    expect(JSON.parse(refused.text).error).toContain('may export only when the mediator allows it');
    const parallel = await exportAs(server, f, f.mediator.token, 'format=akn&language=en,ru');
    expect(parallel.response.status).toBe(400);
    expect(JSON.parse(parallel.text).error).toContain('akn holds one language');
    expect((await exportAs(server, f, f.mediator.token, 'format=akn&language=de')).response.status).toBe(400);
    expect((await exportAs(server, f, f.mediator.token, 'format=akn&authorship=1')).response.status).toBe(400);
    const unknown = await exportAs(server, f, f.mediator.token, 'format=pdf');
    expect(JSON.parse(unknown.text).error).toBe('format: must be one of docx, md, html, json, akn');
    const clean = await exportAs(server, f, f.mediator.token, 'format=akn&clean=1');
    expect(clean.response.status).toBe(409);
    expect(JSON.parse(clean.text).error).toContain('no clean text yet');
    await command(server.url, f.session.id, f.mediator.token, { type: 'session.observersMayExport', allowed: true });
    const allowed = await exportAs(server, f, f.observer.token, 'format=akn');
    expect(allowed.response.status).toBe(200);
    expect((await validateAkn(allowed.text)).code).toBe(0);
  });
});
