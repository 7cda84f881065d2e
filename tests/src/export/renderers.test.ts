import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderDocx, renderHtml, renderMarkdown } from '@parley/server/export';
import { agreementSchema, buildAgreement, cleanTextProblems } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { agreementFixture } from './agreementFixture.ts';

const golden = (name: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden', name);

/** Compares with a golden file; `UPDATE_GOLDEN=1` rewrites it (then read the diff before committing). */
function matchesGolden(name: string, actual: string): void {
  if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(golden(name), actual);
  expect(actual).toBe(fs.readFileSync(golden(name), 'utf8'));
}

const draft = () =>
  buildAgreement(agreementFixture(), { date: '2026-11-25', revision: 'Rev.2', clean: false, includeAgenda: true });

describe('the export model', () => {
  it('holds the clauses in order with numbers, brackets with holders, options, status and sign-offs', () => {
    const agreement = draft();
    expect(agreementSchema.safeParse(agreement).success).toBe(true);
    expect(agreement.preamble.map((c) => c.number)).toEqual(['PP1']);
    expect(agreement.operative.map((c) => [c.number, c.heading, c.status])).toEqual([
      ['1', 'Ceasefire', 'bracketed'],
      ['2', 'Verification', 'proposed'],
      ['3', 'Reparations', 'withdrawn'],
    ]);
    expect(agreement.operative[0]?.brackets).toEqual([
      { holder: 'pnorth', holderName: '北方連合', reason: 'awaitingInstructions' },
    ]);
    expect(agreement.operative[1]?.options.map((o) => o.label)).toEqual(['Option 1', 'Option 2', 'No text']);
    expect(agreement.preamble[0]?.signoffs.map((s) => [s.partyName, s.signed, s.adReferendum])).toEqual([
      ['Ruritania', true, false],
      ['北方連合', true, true],
    ]);
  });

  it('names every reason a clean text is not possible yet', () => {
    expect(cleanTextProblems(agreementFixture())).toEqual([
      'clause 1 has square brackets (北方連合)',
      'clause 1 is bracketed, not agreed',
      'clause 2 still has 3 option(s)',
      'clause 2 is proposed, not agreed',
    ]);
  });
});

describe('renderers', () => {
  it('Markdown matches its golden file', () => {
    matchesGolden('agreement.md', renderMarkdown(draft()));
  });

  it('HTML matches its golden file, with print styles and no script', () => {
    const html = renderHtml(draft());
    expect(html).toContain('@media print');
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    expect(html).not.toMatch(/<script/i);
    matchesGolden('agreement.html', html);
  });

  it('DOCX is a Word document whose XML holds the paragraphs in order, numbered in the text, the brackets (holders in footnotes), options and one sign-off matrix', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(draft())));
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    // The number runs into its paragraph before a tab (<w:tab/>, no text): "1." then "Ceasefire".
    const order = ['Preamble', 'PP1Recalling', 'Operative part', '1.Ceasefire', '2.Verification', '3.Reparations'].map(
      (s) => text.indexOf(s),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('ceasefire [within 48 hours].');
    expect(strFromU8(files['word/footnotes.xml'] ?? new Uint8Array())).toContain(
      'Bracket held by 北方連合; reason: awaiting instructions.',
    );
    expect(text).toContain('Option 1: the United Nations');
    expect(text).toContain('Option 3 (No text): (no text)');
    // One table: the sign-off matrix, paragraphs by parties, after the text.
    expect(xml.split('<w:tbl>')).toHaveLength(2);
    expect(text).toContain('ParagraphRuritania北方連合StatusPP1SignedAd ref.Agreed1. CeasefireSigned—Bracketed');
    expect(text.indexOf('Sign-off by the parties')).toBeGreaterThan(text.indexOf('This clause was withdrawn.'));
    expect(xml).toMatch(/<w:pStyle w:val="Heading2"\/>/);
    expect(xml).toMatch(/<w:numPr>/);
    const header = Object.entries(files).find(([name]) => name.startsWith('word/header'));
    expect(header && strFromU8(header[1])).toContain('Draft');
    const footer = Object.entries(files).find(([name]) => name.startsWith('word/footer'));
    expect(footer && strFromU8(footer[1])).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it('the clean text has no brackets, options, status, sign-offs or Draft marking, and drops withdrawn clauses', async () => {
    const agreement = buildAgreement(agreementFixture(), { date: '2026-11-25', revision: null, clean: true });
    expect(agreement.draft).toBe(false);
    expect(agreement.operative.map((c) => c.number)).toEqual(['1', '2']);
    const markdown = renderMarkdown(agreement);
    expect(markdown).not.toContain('\\[');
    expect(markdown).not.toContain('Status');
    expect(markdown).not.toContain('DRAFT');
    expect(markdown).toContain('Clean text');
    const files = unzipSync(new Uint8Array(await renderDocx(agreement)));
    // Every page has its header now (symbol, date, page numbers): a clean text's says so, not "Draft".
    const header = Object.entries(files).find(([name]) => name.startsWith('word/header'));
    expect(header && strFromU8(header[1])).toContain('Clean text');
    expect(header && strFromU8(header[1])).not.toContain('Draft');
    expect(strFromU8(files['word/document.xml'] ?? new Uint8Array())).not.toContain('<w:tbl>');
  });
});
