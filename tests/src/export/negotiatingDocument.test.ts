import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { adoptedText, letterheadOf, renderDocx, renderHtml } from '@parley/server/export';
import { buildAgreement, plenaryRoots, writeDocumentDetails } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { command } from '../helpers/api.ts';
import { convertWithLibreOffice, ensureLibreOffice, pdfPages } from '../helpers/libreOffice.ts';
import type { TestServer } from '../helpers/startServer.ts';
import { startServer } from '../helpers/startServer.ts';
import { tempDir } from '../helpers/tempDir.ts';
import type { PreparedSession } from '../security/sessionFixture.ts';
import { preparedSession } from '../security/sessionFixture.ts';
import { agreementFixture } from './agreementFixture.ts';
import { longDraft, SYMBOL } from './longDraftFixture.ts';

const README_PICTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/export-page.png');

async function exportAs(server: TestServer, f: PreparedSession, query: string, token = f.mediator.token) {
  const response = await fetch(`${server.url}/api/sessions/${f.session.id}/export?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

const wordsOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('the exported documents are laid out as a negotiating document', () => {
  beforeAll(() => ensureLibreOffice(), 180_000);

  it('DOCX → PDF (LibreOffice): the symbol and "Page n of N" on every page, the title block, PP1, numbered paragraphs, one sign-off matrix at the end', async () => {
    const server = await startServer();
    const f = await longDraft(server);
    const docx = await exportAs(server, f, 'format=docx');
    expect(docx.status).toBe(200);
    const files = unzipSync(new Uint8Array(docx.body));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());

    // The bracket's holder is a footnote after the bracket, never words in the text.
    const footnotes = strFromU8(files['word/footnotes.xml'] ?? new Uint8Array());
    expect(wordsOf(footnotes)).toContain('Bracket held by Ruritania; reason: substance.');
    expect(xml).toMatch(
      /\]<\/w:t><\/w:r><w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:footnoteReference w:id="\d+"\/>/,
    );
    expect(wordsOf(xml)).not.toContain('Bracket held by');
    expect(wordsOf(xml)).not.toContain('Status:');
    // Styles a diplomat would not change: Times New Roman, no coloured (Word blue) title or headings.
    const styles = strFromU8(files['word/styles.xml'] ?? new Uint8Array());
    expect(styles).toContain('w:ascii="Times New Roman"');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? '';
      expect(style, id).not.toBe('');
      for (const color of style.matchAll(/<w:color w:val="([0-9A-Fa-f]{6}|auto)"/g))
        expect(color[1], id).toBe('000000');
    }
    expect(styles).not.toMatch(/2E74B5|1F4D78/i);
    // No page breaks forced anywhere: a clause runs on across pages.
    expect(xml).not.toContain('w:type="page"');
    expect(xml).not.toContain('<w:pageBreakBefore');

    const file = path.join(tempDir(), 'draft.docx');
    fs.writeFileSync(file, docx.body);
    const pdf = await convertWithLibreOffice(file, 'pdf');
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, index) => {
      expect(page, `page ${index + 1}`).toContain(SYMBOL);
      expect(page, `page ${index + 1}`).toContain('1 December 2026');
      expect(page, `page ${index + 1}`).toContain('Draft');
      expect(page, `page ${index + 1}`).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const first = (pages[0] ?? '').replace(/\s+/g, ' ');
    expect(first).toContain('DRAFT');
    expect(first).toContain('Ruritania and Граница');
    expect(first).toMatch(/Preamble PP1 Recalling the Charter/);
    expect(first).toMatch(/ PP2 Mindful of the needs/);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    // Operative paragraphs numbered in the text, the bracket with its note's number, options labelled.
    expect(all).toMatch(/ 1\. The Parties shall meet\./);
    expect(all).toMatch(/ 3\. Deploy \[9,000 troops\] ?1\./);
    expect(all).toContain('Option 1 (Annual meetings): (no text)');
    expect(all).toMatch(/ 16\. The Parties shall, in accordance with paragraph 12/);
    // One sign-off matrix, after the last paragraph, on the last pages.
    expect(all.split('Sign-off by the parties')).toHaveLength(2);
    expect(all.indexOf('Sign-off by the parties')).toBeGreaterThan(all.indexOf('paragraph 12'));
    expect(all).toMatch(/4\. Signed Signed Agreed/);

    // The README's picture of a page: `UPDATE_EXPORT_PAGE=1` renders page 1 again.
    if (process.env.UPDATE_EXPORT_PAGE === '1') {
      const stem = path.join(tempDir(), 'page');
      await promisify(execFile)('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, stem]);
      fs.copyFileSync(`${stem}.png`, README_PICTURE);
    }
  }, 120_000);

  it('HTML: print CSS puts the marking, symbol, date and "Page n of N" in every page’s margins; the same structure as the DOCX', async () => {
    const server = await startServer();
    const f = await longDraft(server);
    const html = (await exportAs(server, f, 'format=html')).body.toString();
    expect(html).toMatch(/@page \{[\s\S]*size: A4;/);
    expect(html).toMatch(/@top-left \{ content: "Draft";/);
    expect(html).toContain('@top-right { content: "PARLEY/2026/3/Rev.2" "\\A" "1 December 2026";');
    expect(html).toContain('@bottom-center { content: "Page " counter(page) " of " counter(pages);');
    expect(html).toContain('font-family: "Times New Roman"');
    expect(html).not.toContain('break-inside: avoid; }\n  h2');
    expect(html).toMatch(
      /<div class="title-block">\n<p class="marking">Draft<\/p>\n<h1>[^<]+<\/h1>\n<p class="parties">Ruritania and Граница<\/p>/,
    );
    expect(html).toMatch(/<section class="clause preamble status-\w+">\n<span class="number">PP1<\/span>/);
    expect(html).toMatch(/<span class="number">1\.<\/span>\n<div class="words">\n<p>The Parties shall meet\.<\/p>/);
    // The bracket's holder in a numbered note under its clause, linked both ways.
    expect(html).toMatch(
      /\[9,000 troops\]<\/span><sup class="note-ref"><a href="#note-1" id="note-ref-1">1<\/a><\/sup>/,
    );
    expect(html).toContain(
      '<li id="note-1" value="1"><a href="#note-ref-1">1</a> <bdi>Bracket held by Ruritania; reason: substance.</bdi></li>',
    );
    expect(html).toContain('<span class="option-label">Option 1 (Annual meetings):</span>');
    // One matrix, at the end.
    expect(html.split('<table class="signoffs matrix">')).toHaveLength(2);
    expect(html.indexOf('signoff-matrix')).toBeGreaterThan(html.lastIndexOf('<section class="clause'));
    expect(html).toMatch(/<tr><th scope="row">4\.<\/th><td>Signed<\/td><td>Signed<\/td><td>Agreed<\/td><\/tr>/);
  }, 60_000);

  it('document.details: the mediator only (403 for others), a symbol of printable characters up to 80, a real date (400 otherwise); the record says it in words', async () => {
    const server = await startServer();
    const f = await preparedSession(server);
    const send = (token: string, body: Record<string, unknown>) =>
      command(server.url, f.session.id, token, { type: 'document.details', ...body });
    for (const token of [f.delegateA.token, f.observer.token]) {
      expect((await send(token, { symbol: SYMBOL, marking: 'draft' })).status).toBe(403);
    }
    for (const bad of [
      { symbol: 'X'.repeat(81), marking: 'draft' },
      { symbol: 'PARLEY/\n2026', marking: 'draft' },
      { symbol: SYMBOL, marking: 'adopted' },
      { symbol: SYMBOL, marking: 'draft', date: '2026-02-31' },
      { symbol: SYMBOL, marking: 'draft', date: '1/12/2026' },
    ]) {
      const answer = await send(f.mediator.token, bad);
      expect(answer.status, JSON.stringify(bad)).toBe(400);
      expect(answer.body.error).toBeTruthy();
    }
    // A symbol is printable text, and printed as text: it cannot end the page's style or add markup.
    const hostile = 'X"; } </style><script>alert(1)</script>';
    expect((await send(f.mediator.token, { symbol: hostile, marking: 'draft' })).status).toBe(200);
    const escaped = (await exportAs(server, f, 'format=html')).body.toString();
    expect(escaped).not.toMatch(/<script/i);
    expect(escaped.split('</style>')).toHaveLength(2);
    expect(escaped).toContain('X&quot;; } &lt;/style&gt;&lt;script&gt;');
    expect((await send(f.mediator.token, { symbol: SYMBOL, marking: 'nonPaper' })).status).toBe(200);
    const html = (await exportAs(server, f, 'format=html')).body.toString();
    expect(html).toContain('<p class="marking">Non-paper</p>');
    const audit = await fetch(`${server.url}/api/sessions/${f.session.id}/audit?limit=50`, {
      headers: { authorization: `Bearer ${f.mediator.token}` },
    });
    const entries = ((await audit.json()) as { entries: { action: string; outcome: string; summary: string }[] })
      .entries;
    expect(entries.find((e) => e.action === 'document.details' && e.outcome === 'ok')?.summary).toBe(
      `The Envoy (mediator) set the document’s symbol to '${SYMBOL}', marked as a non-paper, dated the day of each export.`,
    );
  }, 60_000);
});

describe('the marking', () => {
  it('is the mediator’s (Draft, Non-paper) until the whole text is adopted, then "Adopted" (moderation.adoption)', async () => {
    const doc = agreementFixture();
    const roots = plenaryRoots(doc);
    const agreement = buildAgreement(doc, { date: '2026-12-01', revision: null, clean: false });
    // A session that never set its details: no symbol (the header names the title), a draft, the export's date.
    expect(letterheadOf(roots, agreement, adoptedText(roots))).toEqual({
      symbol: '',
      marking: 'draft',
      date: '2026-12-01',
      authentication: null,
    });
    writeDocumentDetails(roots, { symbol: 'OSCE/PC/2026/7', marking: 'nonPaper', date: '2026-11-30' });
    expect(letterheadOf(roots, agreement, adoptedText(roots))).toEqual({
      symbol: 'OSCE/PC/2026/7',
      marking: 'nonPaper',
      date: '2026-11-30',
      authentication: null,
    });
    // Proposed is not adopted; adopted is, and so is the revision frozen at adoption, not an earlier one.
    roots.moderation.set('adoption', {
      state: 'proposed',
      proposedAt: 1,
      proposedBy: 'm',
      acceptances: {},
      initials: {},
    });
    expect(adoptedText(roots)).toBe(false);
    roots.moderation.set('adoption', { state: 'adopted', revisionId: 'vadopted', acceptances: {}, initials: {} });
    expect(adoptedText(roots)).toBe(true);
    expect(adoptedText(roots, 'vadopted')).toBe(true);
    expect(adoptedText(roots, 'vearlier')).toBe(false);
    const letterhead = letterheadOf(roots, agreement, adoptedText(roots));
    expect(letterhead.marking).toBe('adopted');
    const files = unzipSync(new Uint8Array(await renderDocx(agreement, letterhead)));
    const header = Object.entries(files).find(([name]) => name.startsWith('word/header'));
    expect(header && strFromU8(header[1])).toContain('Adopted');
    expect(header && strFromU8(header[1])).toContain('OSCE/PC/2026/7');
    expect(renderHtml(agreement, letterhead)).toContain('<p class="marking">Adopted</p>');
  });
});
