import type { Agreement } from '@parley/shared';
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { cell, LEFT_TO_RIGHT, numberingConfig, ORDERED, paragraphDirection } from './docxBlocks.ts';
import { hasPendingSuggestions, subtitle } from './exportText.ts';
import { recordWhat } from './recordWhat.ts';

/** The title page's lines: title, DRAFT or Clean text with revision and date, the parties. */
export function titleLines(agreement: Agreement): Paragraph[] {
  return [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(agreement.title)],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: subtitle(agreement), bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun(agreement.parties.map((p) => p.name).join(' · '))],
    }),
  ];
}

/** A part's heading (Preamble, an annex), right to left in a right-to-left text. */
export function partHeadingParagraph(text: string, setting: Setting = LEFT_TO_RIGHT): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    ...paragraphDirection(setting),
    children: [new TextRun({ text, ...(setting.rtl ? { rightToLeft: true } : {}) })],
  });
}

/** The annexes after the text: the agenda and the record of the session, when asked for. */
export function annexes(agreement: Agreement, counter: Counters): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  if (agreement.agenda) {
    out.push(partHeadingParagraph('Annex: agenda'));
    const instance = counter.next++;
    for (const item of agreement.agenda) {
      out.push(
        new Paragraph({
          numbering: { reference: ORDERED, level: 0, instance },
          children: [new TextRun(`${item.title} (${item.state})`)],
        }),
      );
    }
  }
  if (agreement.record) {
    out.push(partHeadingParagraph('Annex: record of the session'));
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({
            tableHeader: true,
            children: [cell('When', true), cell('Who', true), cell('What happened', true), cell('Outcome', true)],
          }),
          ...agreement.record.map(
            (r) => new TableRow({ children: [cell(r.when), cell(r.who), cell(recordWhat(r)), cell(r.outcome)] }),
          ),
        ],
      }),
    );
  }
  return out;
}

/**
 * The Word file: document properties, list numbering, the DRAFT header of a draft, Track Changes on
 * when suggestions are pending (`suggested`), and the body.
 */
export function packDocument(
  agreement: Agreement,
  suggested: boolean,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const document = new Document({
    creator: 'Parley',
    title: agreement.title,
    description: subtitle(agreement),
    // A draft with pending suggestions opens with Track Changes on, so the reader's own edits are tracked too.
    ...(suggested || hasPendingSuggestions(agreement) ? { features: { trackRevisions: true } } : {}),
    numbering: numberingConfig(),
    sections: [
      {
        headers: agreement.draft
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [new TextRun({ text: 'DRAFT', bold: true })],
                  }),
                ],
              }),
            }
          : {},
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
