import type { Agreement, AgreementClause } from '@parley/shared';
import { textDirection } from '@parley/shared';
import { AlignmentType, HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { plainParagraph } from './docxBlocks.ts';
import {
  annexes,
  authenticationBlock,
  packDocument,
  partHeadingParagraph,
  signOffMatrixBlock,
  TEXT_WIDTH,
  titleBlock,
} from './docxDocument.ts';
import { clauseNumberTitle, hasPendingSuggestions, ownLanguageName, pairedClauses } from './exportText.ts';
import type { Letterhead } from './letterhead.ts';
import { plainLetterhead } from './letterhead.ts';
import { parallelPartHeading } from './partHeadings.ts';
import { clauseText } from './renderDocx.ts';

interface Column {
  readonly agreement: Agreement;
  readonly setting: Setting;
}

/** One language's text of a clause, as a table cell: its heading, its words, its options (brackets footnoted). */
function textCell(c: AgreementClause, counter: Counters, setting: Setting): TableCell {
  const set: Setting = c.kind === 'preamble' ? { ...setting, italic: true } : setting;
  const children: Paragraph[] = [];
  if (c.heading !== '') children.push(plainParagraph(c.heading, setting, { bold: true }));
  children.push(...clauseText(c, counter, set));
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

/** The clause's number, then its two texts side by side in one table row. */
function clausePair(
  pair: [AgreementClause, AgreementClause],
  counter: Counters,
  columns: [Column, Column],
): (Paragraph | Table)[] {
  const [first] = pair;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clauseNumberTitle(first))] }),
    twoColumns([textCell(pair[0], counter, columns[0].setting), textCell(pair[1], counter, columns[1].setting)]),
  ];
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
 * The agreement in two languages side by side, as signed treaties are printed: the page's header,
 * footer and title block as in one language, then each clause's number and one table row with its
 * text in each language (heading, words, options, brackets footnoted), a right-to-left language set
 * right to left in its own column (`w:bidi`, `w:rtl`); one sign-off matrix at the end.
 * `left` and `right` are the same document built in two languages.
 */
export async function renderParallelDocx(
  left: Agreement,
  right: Agreement,
  letterhead: Letterhead = plainLetterhead(left),
): Promise<Buffer> {
  const counter: Counters = { next: 1, revision: 1 };
  const column = (agreement: Agreement): Column => ({
    agreement,
    setting: { rtl: textDirection(agreement.language ?? 'en') === 'rtl' },
  });
  const columns: [Column, Column] = [column(left), column(right)];
  const children: (Paragraph | Table)[] = [...titleBlock(left, letterhead), languageHeads(columns)];
  for (const part of ['preamble', 'operative'] as const) {
    const pairs = pairedClauses(left[part], right[part]);
    if (pairs.length === 0) continue;
    children.push(partHeadingParagraph(parallelPartHeading(part, left.language ?? 'en', right.language ?? 'en')));
    for (const pair of pairs) children.push(...clausePair(pair, counter, columns));
  }
  children.push(...signOffMatrixBlock(left), ...authenticationBlock(letterhead));
  children.push(...annexes(left, counter));
  return packDocument(left, letterhead, hasPendingSuggestions(right), children);
}
