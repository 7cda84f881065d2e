import fs from 'node:fs';
import path from 'node:path';
import { renderDocx, renderHtml, renderMarkdown } from '@parley/server/export';
import { agreementSchema, buildAgreement, cleanTextProblems } from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertWithLibreOffice, ensureLibreOffice, pdfText } from '../helpers/libreOffice.ts';
import { tempDir } from '../helpers/tempDir.ts';
import { ANNA, AT, ENVOY, PARTICIPANT_NAMES, PARTY_A, suggestionFixture } from './suggestionFixture.ts';

const draft = () =>
  buildAgreement(suggestionFixture(), {
    date: '2026-12-01',
    revision: null,
    clean: false,
    participantNames: PARTICIPANT_NAMES,
  });

/** Each `w:ins`/`w:del` of a Word document's body: kind, author, date and the words inside. */
function trackedChanges(xml: string) {
  return [...xml.matchAll(/<w:(ins|del) w:id="(\d+)" w:author="([^"]*)" w:date="([^"]*)">(.*?)<\/w:\1>/g)].map((m) => ({
    kind: m[1],
    id: m[2],
    author: m[3],
    date: m[4],
    text: [...(m[5] ?? '').matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)]
      .map((t) => t[1])
      .join(''),
    bold: (m[5] ?? '').includes('<w:b/>'),
  }));
}

describe('pending suggestions in the export model', () => {
  it('each run carries its suggestion with the author and party by name and the time; JSON keeps it', () => {
    const agreement = agreementSchema.parse(JSON.parse(JSON.stringify(draft())));
    const runs = agreement.operative[0]?.blocks[0]?.type === 'paragraph' ? agreement.operative[0].blocks[0].runs : [];
    expect(runs.filter((r) => r.suggestion?.id === 'sanna1').map((r) => [r.text, r.bold ?? false])).toEqual([
      ['promptly ', false],
      ['and in good faith ', true],
    ]);
    expect(runs.find((r) => r.text === 'promptly ')?.suggestion).toEqual({
      kind: 'insertion',
      id: 'sanna1',
      by: ANNA,
      byName: 'Anna Kowalska',
      party: PARTY_A,
      partyName: 'Ruritania',
      at: AT,
    });
    expect(runs.find((r) => r.text === ' in Geneva')?.suggestion).toMatchObject({
      kind: 'deletion',
      by: ENVOY,
      byName: 'The Envoy',
      party: null,
      partyName: null,
    });
    // A suggestion inside a bracket keeps both.
    expect(runs.find((r) => r.text === ' or week')).toMatchObject({
      bracket: { holderName: 'Граница' },
      suggestion: { kind: 'insertion', byName: 'Борис Петров', partyName: 'Граница' },
    });
    expect(runs.find((r) => r.text === 'meet')?.suggestion).toBeUndefined();
  });

  it('the clean text is refused naming each clause with pending suggestions, how many and whose', () => {
    expect(cleanTextProblems(suggestionFixture()).filter((p) => p.includes('suggestion'))).toEqual([
      'clause 1 has a pending suggestion by Ruritania, one by the mediator and one by Граница',
      'clause 2 has a pending suggestion by Граница',
    ]);
  });
});

describe('pending suggestions in each format', () => {
  it('Markdown marks them in CriticMarkup with the author and time', () => {
    const markdown = renderMarkdown(draft());
    expect(markdown).toContain(
      'The Parties shall {++promptly **and in good faith **++}{>>Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC<<}meet',
    );
    expect(markdown).toContain('meet{-- in Geneva--}{>>The Envoy (mediator), 2026-12-01 14:06 UTC<<}');
    expect(markdown).toContain('\\[every month{++ or week++}{>>Борис Петров (Граница), 2026-12-01 14:05 UTC<<}\\]');
    expect(markdown).toContain('the United Nations{-- and its agencies--}{>>Борис Петров (Граница)');
    expect(markdown).toContain('Pending suggestions are marked in CriticMarkup');
  });

  it('HTML shows <ins>/<del> with author and time on hover, numbered notes under the clause, print colours', () => {
    const html = renderHtml(draft());
    expect(html).toContain(
      '<ins class="suggestion" datetime="2026-12-01T14:05:00.000Z" title="Insertion suggested by Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC">promptly <strong>and in good faith </strong></ins><sup class="suggestion-ref">S1</sup>',
    );
    expect(html).toContain(
      '<del class="suggestion" datetime="2026-12-01T14:06:00.000Z" title="Deletion suggested by The Envoy (mediator), 2026-12-01 14:06 UTC"> in Geneva</del><sup class="suggestion-ref">S2</sup>',
    );
    // Inside the bracket, and numbered on across clauses.
    expect(html).toMatch(
      /\[every month<ins class="suggestion"[^>]*> or week<\/ins><sup class="suggestion-ref">S3<\/sup>\]/,
    );
    expect(html).toMatch(
      /the United Nations<del class="suggestion"[^>]*> and its agencies<\/del><sup class="suggestion-ref">S4/,
    );
    const notes = [...html.matchAll(/<ul class="suggestion-notes"[^>]*>(.*?)<\/ul>/g)].map((m) => m[1] ?? '');
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain(
      '<li><span class="suggestion-ref">S1</span> Insertion suggested by Anna Kowalska (Ruritania), 2026-12-01 14:05 UTC: <q>promptly and in good faith</q></li>',
    );
    expect(notes[0]).toContain('S2</span> Deletion suggested by The Envoy (mediator)');
    expect(notes[1]).toContain(
      'S4</span> Deletion suggested by Борис Петров (Граница), 2026-12-01 14:05 UTC: <q>and its agencies</q>',
    );
    expect(html).toMatch(/ins\.suggestion \{ color: #[0-9a-f]{6}; text-decoration: underline/);
    expect(html).toMatch(/del\.suggestion \{ color: #[0-9a-f]{6}; text-decoration: line-through/);
    expect(html).toContain('print-color-adjust: exact');
    // A draft without suggestions carries none of it.
    const plain = renderHtml(buildAgreement(suggestionFixture(), { date: '2026-12-01', revision: null, clean: true }));
    expect(plain).not.toContain('suggestion');
  });

  it('DOCX holds them as Word tracked changes: w:ins and w:del (w:delText) with author names and dates', async () => {
    const files = unzipSync(new Uint8Array(await renderDocx(draft())));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const changes = trackedChanges(xml);
    expect(changes.map(({ kind, author, date, text, bold }) => ({ kind, author, date, text, bold }))).toEqual([
      {
        kind: 'ins',
        author: 'Anna Kowalska (Ruritania)',
        date: '2026-12-01T14:05:00Z',
        text: 'promptly ',
        bold: false,
      },
      {
        kind: 'ins',
        author: 'Anna Kowalska (Ruritania)',
        date: '2026-12-01T14:05:00Z',
        text: 'and in good faith ',
        bold: true,
      },
      { kind: 'del', author: 'The Envoy (mediator)', date: '2026-12-01T14:06:00Z', text: ' in Geneva', bold: false },
      { kind: 'ins', author: 'Борис Петров (Граница)', date: '2026-12-01T14:05:00Z', text: ' or week', bold: false },
      {
        kind: 'del',
        author: 'Борис Петров (Граница)',
        date: '2026-12-01T14:05:00Z',
        text: ' and its agencies',
        bold: false,
      },
    ]);
    // Word wants revision ids unique in the document; deleted words are w:delText, never w:t.
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    expect(xml).toMatch(
      /<w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve"> in Geneva<\/w:delText>/,
    );
    // The bracket's characters stay plain text around the suggested words.
    const text = [...xml.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join('');
    expect(text).toContain('The Parties shall promptly and in good faith meet in Geneva [every month or week].');
    // Opened with Track Changes on, so a reader's own edits are tracked as well.
    expect(strFromU8(files['word/settings.xml'] ?? new Uint8Array())).toContain('<w:trackRevisions/>');
  });
});

describe('LibreOffice opens the DOCX with its tracked changes', () => {
  beforeAll(() => ensureLibreOffice(), 180_000);

  it('as tracked changes with their authors (flat ODT) and as a PDF that prints the suggested words', async () => {
    const docx = path.join(tempDir(), 'suggestions.docx');
    fs.writeFileSync(docx, await renderDocx(draft()));

    const fodt = fs.readFileSync(await convertWithLibreOffice(docx, 'fodt'), 'utf8');
    const regions = [
      ...fodt.matchAll(/<text:(insertion|deletion)>\s*<office:change-info>\s*<dc:creator>([^<]*)<\/dc:creator>/g),
    ].map((m) => `${m[1]} by ${m[2]}`);
    // LibreOffice joins Anna's two adjacent runs (same author and time) into one change, as Word does.
    expect(regions).toEqual([
      'insertion by Anna Kowalska (Ruritania)',
      'deletion by The Envoy (mediator)',
      'insertion by Борис Петров (Граница)',
      'deletion by Борис Петров (Граница)',
    ]);

    const pdf = await convertWithLibreOffice(docx, 'pdf');
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const words = (await pdfText(pdf)).replace(/\s+/g, ' ');
    // The bracket's holder is a footnote, whose number follows the bracket.
    expect(words).toMatch(/The Parties shall promptly and in good faith meet in Geneva \[every month or week\] ?1\./);
    expect(words).toContain('the United Nations and its agencies');
  });
});
