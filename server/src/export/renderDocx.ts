import type { Agreement, AgreementClause, Block, Run } from '@parley/shared';
import { INSERTION_MARK, suggestionAuthor } from '@parley/shared';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  bracketGroups,
  bracketNote,
  clauseTitle,
  hasPendingSuggestions,
  STATUS_LABEL,
  signOffText,
  subtitle,
} from './exportText.ts';
import { recordWhat } from './recordWhat.ts';

const ORDERED = 'parley-ordered';
const BULLETS = 'parley-bullets';

/** Numbers the document hands out: list instances (each list restarts at 1) and revision marks (unique ids). */
interface Counters {
  next: number;
  revision: number;
}

type WordRun = TextRun | InsertedTextRun | DeletedTextRun;

/**
 * One run of text; a pending suggestion becomes a Word tracked change (`w:ins`, or `w:del` with
 * `w:delText`) with its author and time, so Word's review pane lists it to accept or reject.
 */
function wordRun(run: Run, counter: Counters): WordRun {
  const look = { text: run.text, bold: run.bold ?? false, italics: run.italic ?? false };
  const suggestion = run.suggestion;
  if (suggestion === undefined) return new TextRun(look);
  // Word wants every revision mark's id unique in the document; one suggestion may span several runs.
  const change = {
    id: counter.revision++,
    author: suggestionAuthor(suggestion),
    // Whole seconds, as Word writes them.
    date: new Date(suggestion.at).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
  return suggestion.kind === INSERTION_MARK
    ? new InsertedTextRun({ ...look, ...change })
    : new DeletedTextRun({ ...look, ...change });
}

function textRuns(runs: readonly Run[], counter: Counters): WordRun[] {
  const out: WordRun[] = [];
  for (const group of bracketGroups(runs)) {
    // Square brackets are real characters of the text, as delegations expect to see them on paper.
    if (group.bracketed) out.push(new TextRun({ text: '[' }));
    for (const run of group.runs) out.push(wordRun(run, counter));
    if (group.bracketed) out.push(new TextRun({ text: ']' }));
  }
  return out;
}

/** Blocks as Word paragraphs; each list gets its own numbering instance so it restarts at 1. */
function paragraphs(list: readonly Block[], counter: Counters, level = 0): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of list) {
    if (block.type === 'list') {
      const instance = counter.next++;
      for (const item of block.items) {
        const [first, ...rest] = item;
        if (first && first.type !== 'list') {
          out.push(
            new Paragraph({
              numbering: { reference: block.ordered ? ORDERED : BULLETS, level: Math.min(level, 2), instance },
              children: textRuns(first.runs, counter),
            }),
          );
        }
        out.push(...paragraphs(first && first.type !== 'list' ? rest : item, counter, level + 1));
      }
    } else if (block.type === 'heading') {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: textRuns(block.runs, counter) }));
    } else {
      out.push(new Paragraph({ children: textRuns(block.runs, counter) }));
    }
  }
  return out;
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function clause(c: AgreementClause, draft: boolean, counter: Counters): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(clauseTitle(c))] }),
  ];
  if (draft)
    out.push(
      new Paragraph({
        children: [new TextRun({ text: `Status: ${STATUS_LABEL[c.status]}`, italics: true, size: 18 })],
      }),
    );
  out.push(...paragraphs(c.blocks, counter));
  for (const option of c.options) {
    out.push(new Paragraph({ children: [new TextRun({ text: `${option.label}:`, bold: true })] }));
    const body = paragraphs(option.blocks, counter);
    out.push(
      ...(body.length > 0 ? body : [new Paragraph({ children: [new TextRun({ text: '(no text)', italics: true })] })]),
    );
  }
  const note = bracketNote(c);
  if (draft && note) out.push(new Paragraph({ children: [new TextRun({ text: `Brackets: ${note}`, size: 18 })] }));
  if (draft && c.signoffs.length > 0) {
    out.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [
          new TableRow({ tableHeader: true, children: [cell('Party', true), cell('Sign-off', true)] }),
          ...c.signoffs.map((s) => new TableRow({ children: [cell(s.partyName), cell(signOffText(s))] })),
        ],
      }),
      new Paragraph({ children: [] }),
    );
  }
  return out;
}

/** The agreement as a Word document: real headings, list numbering, brackets in the text, sign-off tables. */
export async function renderDocx(agreement: Agreement): Promise<Buffer> {
  const counter: Counters = { next: 1, revision: 1 };
  const children: (Paragraph | Table)[] = [
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
  if (agreement.preamble.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Preamble')] }));
    for (const c of agreement.preamble) children.push(...clause(c, agreement.draft, counter));
  }
  if (agreement.operative.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Operative part')] }));
    for (const c of agreement.operative) children.push(...clause(c, agreement.draft, counter));
  }
  if (agreement.agenda) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Annex: agenda')] }));
    const instance = counter.next++;
    for (const item of agreement.agenda) {
      children.push(
        new Paragraph({
          numbering: { reference: ORDERED, level: 0, instance },
          children: [new TextRun(`${item.title} (${item.state})`)],
        }),
      );
    }
  }
  if (agreement.record) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Annex: record of the session')] }),
    );
    children.push(
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
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
    [0, 1, 2].map((n) => ({
      level: n,
      format,
      text: text(n),
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (n + 1), hanging: 360 } } },
    }));
  const document = new Document({
    creator: 'Parley',
    title: agreement.title,
    description: subtitle(agreement),
    // A draft with pending suggestions opens with Track Changes on, so the reader's own edits are tracked too.
    ...(hasPendingSuggestions(agreement) ? { features: { trackRevisions: true } } : {}),
    numbering: {
      config: [
        { reference: ORDERED, levels: level(LevelFormat.DECIMAL, (n) => `%${n + 1}.`) },
        { reference: BULLETS, levels: level(LevelFormat.BULLET, () => '•') },
      ],
    },
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
