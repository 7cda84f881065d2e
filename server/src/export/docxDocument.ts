import type { Agreement } from '@parley/shared';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  type IStylesOptions,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { cell, LEFT_TO_RIGHT, numberingConfig, ORDERED, paragraphDirection } from './docxBlocks.ts';
import { hasPendingSuggestions, SIGN_OFF_KEY, signOffMatrix, subtitle } from './exportText.ts';
import type { Letterhead } from './letterhead.ts';
import { dateWords, headerName, initialledAt, markingWords, partiesInWords, revisionLine } from './letterhead.ts';
import { recordWhat } from './recordWhat.ts';

/** A4, with 2.5 cm margins top and bottom and 2 cm at the sides (twentieths of a point). */
const PAGE = { width: 11906, height: 16838, margin: { top: 1418, bottom: 1418, left: 1134, right: 1134 } };
/** The width the text runs in: the right tab stop of the header sits at its end. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const FONT = 'Times New Roman';
const BLACK = '000000';

/**
 * Styles a diplomat would not change: Times New Roman throughout, 12 pt text, headings black and
 * bold at the text's size (none of Word's blue), footnotes at 10 pt.
 */
const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: 24, color: BLACK }, paragraph: { spacing: { after: 160, line: 264 } } },
    title: { run: { font: FONT, size: 28, bold: true, color: BLACK }, paragraph: { spacing: { after: 120 } } },
    heading1: {
      run: { font: FONT, size: 24, bold: true, color: BLACK },
      paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
    },
    heading2: {
      run: { font: FONT, size: 24, bold: true, color: BLACK },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
    },
    heading3: {
      run: { font: FONT, size: 24, bold: true, italics: true, color: BLACK },
      paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
    },
    heading4: { run: { font: FONT, size: 24, italics: true, color: BLACK } },
    heading5: { run: { font: FONT, size: 24, color: BLACK } },
    heading6: { run: { font: FONT, size: 24, color: BLACK } },
    footnoteText: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 0 } } },
  },
};

const small = (text: string, look: { bold?: boolean; italics?: boolean } = {}) =>
  new TextRun({ text, size: 20, ...look });

/**
 * The header on every page: the marking at the left and the symbol at the right, the date under the
 * symbol, a rule beneath; as UN documents head every page with their symbol.
 */
function pageHeader(agreement: Agreement, letterhead: Letterhead): Header {
  const right = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }];
  return new Header({
    children: [
      new Paragraph({
        tabStops: right,
        children: [
          small(markingWords(letterhead, agreement), { bold: true }),
          new TextRun({ children: [new Tab()], size: 20 }),
          small(headerName(letterhead, agreement), { bold: true }),
        ],
      }),
      new Paragraph({
        tabStops: right,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: BLACK, space: 4 } },
        children: [new TextRun({ children: [new Tab()], size: 20 }), small(dateWords(letterhead))],
      }),
    ],
  });
}

/** The footer on every page: "Page 2 of 7", centred. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 20 })],
      }),
    ],
  });
}

/** The title block: the marking in spaced capitals, the title, the parties, the revision and date, a rule. */
export function titleBlock(agreement: Agreement, letterhead: Letterhead): Paragraph[] {
  const centred = (children: TextRun[], spacing?: { after: number }) =>
    new Paragraph({ alignment: AlignmentType.CENTER, ...(spacing ? { spacing } : {}), children });
  return [
    centred(
      [new TextRun({ text: markingWords(letterhead, agreement).toUpperCase(), bold: true, characterSpacing: 40 })],
      {
        after: 240,
      },
    ),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(agreement.title)],
    }),
    ...(agreement.parties.length > 0
      ? [centred([new TextRun({ text: partiesInWords(agreement), italics: true })])]
      : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: BLACK, space: 8 } },
      spacing: { after: 360 },
      children: [new TextRun(revisionLine(letterhead, agreement))],
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

/**
 * The one sign-off matrix at the end of a draft: every paragraph (rows) by every party (columns),
 * with its status; its header row repeats on every page it runs over.
 */
export function signOffMatrixBlock(agreement: Agreement): (Paragraph | Table)[] {
  const { parties, rows } = signOffMatrix(agreement);
  if (!agreement.draft || parties.length === 0 || rows.length === 0) return [];
  const matrixCell = (words: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: words, bold, size: 20 })] })] });
  return [
    partHeadingParagraph('Sign-off by the parties'),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: ['Paragraph', ...parties, 'Status'].map((words) => matrixCell(words, true)),
        }),
        ...rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: [row.paragraph, ...row.cells, row.status].map((words) => matrixCell(words)),
            }),
        ),
      ],
    }),
    new Paragraph({
      spacing: { before: 120 },
      children: [new TextRun({ text: SIGN_OFF_KEY, size: 18, italics: true })],
    }),
  ];
}

/**
 * The adopted text's authentication after the text: who initialled it for each party, and the
 * digest of the text they initialled, which the server's `/verify?digest=` recognises.
 */
export function authenticationBlock(letterhead: Letterhead): (Paragraph | Table)[] {
  const authentication = letterhead.authentication;
  if (authentication === null) return [];
  const initialsCell = (words: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: words, bold, size: 20 })] })] });
  const initials =
    authentication.initials.length === 0
      ? [new Paragraph({ children: [new TextRun('Not initialled yet.')] })]
      : [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({
                tableHeader: true,
                children: ['Party', 'Head of delegation', 'Initialled'].map((words) => initialsCell(words, true)),
              }),
              ...authentication.initials.map(
                (row) =>
                  new TableRow({
                    cantSplit: true,
                    children: [row.partyName, row.name, initialledAt(row.at)].map((words) => initialsCell(words)),
                  }),
              ),
            ],
          }),
        ];
  return [
    partHeadingParagraph('Initialled by the heads of delegation'),
    ...initials,
    new Paragraph({
      spacing: { before: 120 },
      children: [
        new TextRun({ text: 'SHA-256 of the adopted text (its JSON export): ', size: 18 }),
        new TextRun({ text: authentication.digest, size: 18, font: 'Courier New' }),
      ],
    }),
  ];
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
 * The Word file: document properties, styles, list numbering, the header (marking, symbol, date) and
 * footer (page numbers) on every page, Track Changes on when suggestions are pending (`suggested`),
 * and the body. Nothing forces a page break: paragraphs run on, and a clause may break across pages.
 */
export function packDocument(
  agreement: Agreement,
  letterhead: Letterhead,
  suggested: boolean,
  children: (Paragraph | Table)[],
): Promise<Buffer> {
  const document = new Document({
    creator: 'Parley',
    title: agreement.title,
    description: subtitle(agreement),
    ...(letterhead.symbol !== '' ? { subject: letterhead.symbol } : {}),
    // A draft with pending suggestions opens with Track Changes on, so the reader's own edits are tracked too.
    ...(suggested || hasPendingSuggestions(agreement) ? { features: { trackRevisions: true } } : {}),
    styles: STYLES,
    numbering: numberingConfig(),
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        headers: { default: pageHeader(agreement, letterhead) },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
