import type { Agreement, AgreementClause } from '@parley/shared';
import { textDirection } from '@parley/shared';
import { HeadingLevel, Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { cell, paragraphDirection, paragraphs, plainParagraph } from './docxBlocks.ts';
import { annexes, packDocument, partHeadingParagraph, titleLines } from './docxDocument.ts';
import { bracketNote, clauseTitle, STATUS_LABEL, signOffText } from './exportText.ts';
import { partHeading } from './partHeadings.ts';

/** The clause's words in its language: the option labels and bodies after the body ("(no text)" for an empty option). */
export function clauseText(c: AgreementClause, counter: Counters, setting: Setting): Paragraph[] {
  const out = paragraphs(c.blocks, counter, setting);
  for (const option of c.options) {
    out.push(plainParagraph(`${option.label}:`, setting, { bold: true }));
    const body = paragraphs(option.blocks, counter, setting);
    out.push(...(body.length > 0 ? body : [plainParagraph('(no text)', setting, { italics: true })]));
  }
  return out;
}

export function statusLine(c: AgreementClause): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `Status: ${STATUS_LABEL[c.status]}`, italics: true, size: 18 })],
  });
}

/** Who signed the clause off, as a table (drafts only). */
export function signOffTable(c: AgreementClause): (Paragraph | Table)[] {
  if (c.signoffs.length === 0) return [];
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: [cell('Party', true), cell('Sign-off', true)] }),
        ...c.signoffs.map((s) => new TableRow({ children: [cell(s.partyName), cell(signOffText(s))] })),
      ],
    }),
    new Paragraph({ children: [] }),
  ];
}

function clause(c: AgreementClause, draft: boolean, counter: Counters, setting: Setting): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      ...paragraphDirection(setting),
      children: [new TextRun({ text: clauseTitle(c), ...(setting.rtl ? { rightToLeft: true } : {}) })],
    }),
  ];
  if (draft) out.push(statusLine(c));
  out.push(...clauseText(c, counter, setting));
  const note = bracketNote(c);
  if (draft && note) out.push(new Paragraph({ children: [new TextRun({ text: `Brackets: ${note}`, size: 18 })] }));
  if (draft) out.push(...signOffTable(c));
  return out;
}

/**
 * The agreement as a Word document: real headings, list numbering, brackets in the text, sign-off
 * tables. A right-to-left language's clauses are set right to left (`w:bidi`, `w:rtl`).
 */
export async function renderDocx(agreement: Agreement): Promise<Buffer> {
  const counter: Counters = { next: 1, revision: 1 };
  const language = agreement.language ?? 'en';
  const setting: Setting = { rtl: textDirection(language) === 'rtl' };
  const children: (Paragraph | Table)[] = titleLines(agreement);
  if (agreement.preamble.length > 0) {
    children.push(partHeadingParagraph(partHeading('preamble', language), setting));
    for (const c of agreement.preamble) children.push(...clause(c, agreement.draft, counter, setting));
  }
  if (agreement.operative.length > 0) {
    children.push(partHeadingParagraph(partHeading('operative', language), setting));
    for (const c of agreement.operative) children.push(...clause(c, agreement.draft, counter, setting));
  }
  children.push(...annexes(agreement, counter));
  return packDocument(agreement, false, children);
}
