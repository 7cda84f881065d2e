import type { Agreement, AgreementClause } from '@parley/shared';
import { textDirection } from '@parley/shared';
import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { plainParagraph } from './docxBlocks.ts';
import { annexes, packDocument, partHeadingParagraph, titleLines } from './docxDocument.ts';
import { bracketNote, clauseNumberTitle, hasPendingSuggestions, ownLanguageName, pairedClauses } from './exportText.ts';
import { parallelPartHeading } from './partHeadings.ts';
import { clauseText, signOffTable, statusLine } from './renderDocx.ts';

/** A4 less 2.5 cm margins, in twentieths of a point: the two columns share it equally. */
const TEXT_WIDTH = 9000;

interface Column {
  readonly agreement: Agreement;
  readonly setting: Setting;
}

/** One language's text of a clause, as a table cell: its heading, its words, its options, its brackets. */
function textCell(c: AgreementClause, draft: boolean, counter: Counters, setting: Setting): TableCell {
  const children: Paragraph[] = [];
  if (c.heading !== '') children.push(plainParagraph(c.heading, setting, { bold: true }));
  children.push(...clauseText(c, counter, setting));
  const note = bracketNote(c);
  if (draft && note) children.push(new Paragraph({ children: [new TextRun({ text: `Brackets: ${note}`, size: 18 })] }));
  // Word wants at least one paragraph in a cell; a version not yet written is an empty one.
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  return new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children });
}

function twoColumns(cells: [TableCell, TableCell], header = false): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [TEXT_WIDTH / 2, TEXT_WIDTH / 2],
    rows: [new TableRow({ ...(header ? { tableHeader: true } : {}), children: cells })],
  });
}

/** The clause's number, then its two texts side by side in one table row, then (drafts) its sign-offs. */
function clausePair(
  pair: [AgreementClause, AgreementClause],
  draft: boolean,
  counter: Counters,
  columns: [Column, Column],
): (Paragraph | Table)[] {
  const [first] = pair;
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clauseNumberTitle(first))] }),
  ];
  if (draft) out.push(statusLine(first));
  out.push(
    twoColumns([
      textCell(pair[0], draft, counter, columns[0].setting),
      textCell(pair[1], draft, counter, columns[1].setting),
    ]),
  );
  // A paragraph between the two tables, or Word joins them into one.
  out.push(new Paragraph({ children: [] }));
  if (draft) out.push(...signOffTable(first));
  return out;
}

/** Each column's language named in its own words, heading its column. */
function languageHeads(columns: [Column, Column]): Table {
  const head = ({ agreement, setting }: Column) =>
    new TableCell({
      width: { size: 50, type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          ...(setting.rtl ? { bidirectional: true } : {}),
          children: [
            new TextRun({
              text: ownLanguageName(agreement.language ?? 'en'),
              bold: true,
              ...(setting.rtl ? { rightToLeft: true } : {}),
            }),
          ],
        }),
      ],
    });
  return twoColumns([head(columns[0]), head(columns[1])], true);
}

/**
 * The agreement in two languages side by side, as signed treaties are printed: each clause's number,
 * then one table row with its text in each language (heading, words, options, brackets), a
 * right-to-left language set right to left in its own column (`w:bidi`, `w:rtl`), then its sign-offs.
 * `left` and `right` are the same document built in two languages.
 */
export async function renderParallelDocx(left: Agreement, right: Agreement): Promise<Buffer> {
  const counter: Counters = { next: 1, revision: 1 };
  const column = (agreement: Agreement): Column => ({
    agreement,
    setting: { rtl: textDirection(agreement.language ?? 'en') === 'rtl' },
  });
  const columns: [Column, Column] = [column(left), column(right)];
  const children: (Paragraph | Table)[] = [...titleLines(left), languageHeads(columns)];
  for (const part of ['preamble', 'operative'] as const) {
    const pairs = pairedClauses(left[part], right[part]);
    if (pairs.length === 0) continue;
    children.push(partHeadingParagraph(parallelPartHeading(part, left.language ?? 'en', right.language ?? 'en')));
    for (const pair of pairs) children.push(...clausePair(pair, left.draft, counter, columns));
  }
  children.push(...annexes(left, counter));
  return packDocument(left, hasPendingSuggestions(right), children);
}
