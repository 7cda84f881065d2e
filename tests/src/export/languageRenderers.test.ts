import { renderDocx, renderHtml, renderMarkdown, renderParallelDocx, renderParallelHtml } from '@parley/server/export';
import type { Agreement, Block } from '@parley/shared';
import {
  agreementSchema,
  buildAgreement,
  clauseRecord,
  clauseVersionRecord,
  INSERTION_MARK,
  plenaryRoots,
  versionCleanTextProblems,
} from '@parley/shared';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { languageFixture } from './languageFixture.ts';

/** One session, built once, so that every language's agreement holds the same clauses (by id). */
const session = languageFixture().doc;

const inLanguage = (language?: string) =>
  buildAgreement(session, {
    date: '2026-12-01',
    revision: null,
    clean: false,
    ...(language === undefined ? {} : { language }),
  });

const words = (blocks: readonly Block[]): string =>
  blocks
    .map((block) => (block.type === 'list' ? block.items.map(words).join(' ') : block.runs.map((r) => r.text).join('')))
    .join(' ');

async function documentXml(file: Buffer): Promise<string> {
  return strFromU8(unzipSync(new Uint8Array(file))['word/document.xml'] ?? new Uint8Array());
}

/** The table rows of a Word document's body, each as its cells' words. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      [...(cell[1] ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
    ),
  );
}

describe('the export model in one language', () => {
  it('is the language of negotiation by default, and says so', () => {
    const agreement = inLanguage();
    expect(agreement.language).toBe('en');
    expect(words(agreement.operative[0]?.blocks ?? [])).toBe('The Parties shall meet annually in Geneva.');
  });

  it('takes heading, body, options and brackets from the version, with the original’s numbers, labels and sign-offs', () => {
    const agreement: Agreement = agreementSchema.parse(inLanguage('ru'));
    expect(agreement.language).toBe('ru');
    const [clause] = agreement.operative;
    expect(clause?.heading).toBe('Встречи');
    expect(clause?.number).toBe('1');
    expect(words(clause?.blocks ?? [])).toBe('Стороны встречаются ежегодно в Женеве.');
    expect(clause?.options.map((o) => [o.label, words(o.blocks)])).toEqual([
      ['Option 1', 'консенсусом'],
      ['Option 2', 'большинством'],
    ]);
    expect(clause?.brackets).toEqual([{ holder: 'pruritania', holderName: 'Ruritania', reason: 'substance' }]);
    expect(clause?.signoffs.map((s) => s.partyName)).toEqual(['Ruritania']);
  });

  it('a version nobody has written is a clause with no words, still numbered', () => {
    const [preamble] = inLanguage('ar').preamble;
    expect(preamble?.number).toBe('PP1');
    expect(preamble?.blocks).toEqual([]);
  });
});

describe('the clean text in another language', () => {
  it('names a version with no words yet, and the brackets a version still holds; the original’s language adds nothing', () => {
    expect(versionCleanTextProblems(session, 'ar', 'Arabic')).toEqual([
      'clause PP1 has no Arabic text yet',
      'clause 1 has square brackets in the Arabic text (Ruritania)',
    ]);
    expect(versionCleanTextProblems(session, 'ru', 'Russian')).toEqual([
      'clause 1 has square brackets in the Russian text (Ruritania)',
    ]);
    expect(versionCleanTextProblems(session, 'en', 'English')).toEqual([]);
  });
});

describe('renderers in one language', () => {
  it('HTML carries the language, and an Arabic page is right to left', () => {
    expect(renderHtml(inLanguage('ru'))).toContain('<html lang="ru">');
    const arabic = renderHtml(inLanguage('ar'));
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('يجتمع الطرفان');
    expect(renderHtml(inLanguage())).toContain('<html lang="en">');
  });

  it('Markdown holds the version’s words with its brackets, under the parts’ headings in that language', () => {
    const russian = renderMarkdown(inLanguage('ru'));
    expect(russian).toContain('Стороны встречаются \\[ежегодно\\] в Женеве.');
    expect(russian).toContain('## Преамбула');
    expect(russian).toContain('## Постановляющая часть');
    expect(renderMarkdown(inLanguage())).toContain('## Operative part');
  });

  it('DOCX sets an Arabic text right to left (w:bidi, w:rtl) and a Russian one as usual', async () => {
    const arabic = await documentXml(await renderDocx(inLanguage('ar')));
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(arabic).toContain('سنويا');
    const russian = await documentXml(await renderDocx(inLanguage('ru')));
    expect(russian).not.toContain('<w:bidi/>');
    expect(russian).toContain('ежегодно');
  });
});

describe('parallel columns', () => {
  it('DOCX: the clause’s number, then both texts (headings, words, brackets, options) in one table row', async () => {
    const xml = await documentXml(await renderParallelDocx(inLanguage('en'), inLanguage('ru')));
    const rows = tableRows(xml);
    expect(rows).toContainEqual(['English', 'Русский']);
    const row = rows.find((cells) => cells.some((cell) => cell.includes('Geneva')));
    expect(row).toHaveLength(2);
    expect(row?.[0]).toContain('Meetings');
    expect(row?.[0]).toContain('The Parties shall meet [annually] in Geneva.');
    expect(row?.[0]).toContain('Option 1: by consensus');
    expect(row?.[1]).toContain('Встречи');
    expect(row?.[1]).toContain('Стороны встречаются [ежегодно] в Женеве.');
    expect(row?.[1]).toContain('Option 2: большинством');
    // One sign-off matrix at the end, for both texts.
    expect(rows.filter((cells) => cells[0] === 'Paragraph')).toHaveLength(1);
    expect(rows.at(-1)?.[0]).toMatch(/^\d+\./);
    expect(xml).toContain('Operative part / Постановляющая часть');
  });

  it('DOCX: an Arabic column is right to left, the English one beside it is not', async () => {
    const xml = await documentXml(await renderParallelDocx(inLanguage('en'), inLanguage('ar')));
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    const arabic = cells.find((cell) => cell.includes('جنيف'));
    const english = cells.find((cell) => cell.includes('Geneva'));
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic).toContain('<w:rtl/>');
    expect(english).not.toContain('<w:bidi/>');
  });

  it('HTML: two columns, each with its lang, the Arabic one dir="rtl"', () => {
    const html = renderParallelHtml(inLanguage('en'), inLanguage('ar'));
    const section = html
      .match(/<section class="clause parallel[^"]*">([\s\S]*?)<\/section>/g)
      ?.find((s) => s.includes('Geneva'));
    expect(section).toMatch(/<div class="column" lang="en">[\s\S]*Meetings[\s\S]*Geneva/);
    expect(section).toMatch(/<div class="column" lang="ar" dir="rtl">[\s\S]*الاجتماعات[\s\S]*جنيف/);
    expect(html).toContain('<p lang="ar" dir="rtl">العربية</p>');
    expect(html).toContain(
      '<h2 class="columns part-heads"><span lang="en">Operative part</span> <span lang="ar" dir="rtl">المنطوق</span></h2>',
    );
    expect(html).toContain('<html lang="en">');
  });
});

describe('pending suggestions in a version, side by side', () => {
  /** The fixture with a translator's pending insertion in the Russian text ("также"). */
  function withRussianSuggestion() {
    const { doc, clauseId } = languageFixture();
    const record = clauseRecord(plenaryRoots(doc), clauseId);
    const body = record === null ? null : clauseVersionRecord(record, 'ru')?.get('body');
    const paragraph = body instanceof Y.XmlFragment ? body.get(0) : null;
    const words = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
    if (!(words instanceof Y.XmlText)) throw new Error('no Russian text');
    words.insert('Стороны '.length, 'также ', {
      [INSERTION_MARK]: { id: 'sugru1', by: 'translator1', party: null, at: Date.UTC(2026, 11, 1, 10) },
    });
    const build = (language: string) =>
      buildAgreement(doc, {
        date: '2026-12-01',
        revision: null,
        clean: false,
        language,
        participantNames: new Map([['translator1', 'Ирина']]),
      });
    return { english: build('en'), russian: build('ru') };
  }

  it('HTML marks the suggested words in the Russian column and numbers its note there', () => {
    const { english, russian } = withRussianSuggestion();
    const html = renderParallelHtml(english, russian);
    const column =
      [...html.matchAll(/<div class="column" lang="ru">([\s\S]*?)<\/div>\n<\/div>/g)]
        .map((m) => m[1] ?? '')
        .find((c) => c.includes('Женеве')) ?? '';
    expect(column).toMatch(/<ins class="suggestion"[^>]*>также <\/ins><sup class="suggestion-ref">S1<\/sup>/);
    expect(column).toContain('suggestion-notes');
    expect(html).toContain('ins.suggestion');
  });

  it('DOCX holds them as a tracked insertion in the Russian cell, with its author', async () => {
    const { english, russian } = withRussianSuggestion();
    const xml = await documentXml(await renderParallelDocx(english, russian));
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((m) => m[1] ?? '');
    const cell = cells.find((c) => c.includes('Женеве')) ?? '';
    expect(cell).toMatch(/<w:ins [^>]*w:author="Ирина[^"]*"/);
    expect(cells.find((c) => c.includes('Geneva'))).not.toContain('<w:ins ');
  });
});
