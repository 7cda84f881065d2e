import type { Block, Run } from '@parley/shared';
import { INSERTION_MARK, suggestionAuthor } from '@parley/shared';
import {
  AlignmentType,
  DeletedTextRun,
  HeadingLevel,
  type INumberingOptions,
  InsertedTextRun,
  LevelFormat,
  Paragraph,
  TableCell,
  TextRun,
} from 'docx';
import { bracketGroups } from './exportText.ts';

export const ORDERED = 'parley-ordered';
export const BULLETS = 'parley-bullets';

/** Numbers the document hands out: list instances (each list restarts at 1) and revision marks (unique ids). */
export interface Counters {
  next: number;
  revision: number;
}

/**
 * How a stretch of text is set: right to left (Arabic, Hebrew, Persian, Urdu …) makes each paragraph
 * `w:bidi` and each run `w:rtl`, as Word sets such text; left to right adds nothing, so a document
 * in English is as it always was.
 */
export interface Setting {
  readonly rtl: boolean;
}

export const LEFT_TO_RIGHT: Setting = { rtl: false };

const runDirection = (setting: Setting) => (setting.rtl ? { rightToLeft: true } : {});
export const paragraphDirection = (setting: Setting) => (setting.rtl ? { bidirectional: true } : {});

type WordRun = TextRun | InsertedTextRun | DeletedTextRun;

/**
 * One run of text; a pending suggestion becomes a Word tracked change (`w:ins`, or `w:del` with
 * `w:delText`) with its author and time, so Word's review pane lists it to accept or reject.
 */
function wordRun(run: Run, counter: Counters, setting: Setting): WordRun {
  const look = { text: run.text, bold: run.bold ?? false, italics: run.italic ?? false, ...runDirection(setting) };
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

export function textRuns(runs: readonly Run[], counter: Counters, setting: Setting): WordRun[] {
  const out: WordRun[] = [];
  for (const group of bracketGroups(runs)) {
    // Square brackets are real characters of the text, as delegations expect to see them on paper.
    if (group.bracketed) out.push(new TextRun({ text: '[', ...runDirection(setting) }));
    for (const run of group.runs) out.push(wordRun(run, counter, setting));
    if (group.bracketed) out.push(new TextRun({ text: ']', ...runDirection(setting) }));
  }
  return out;
}

/** Blocks as Word paragraphs; each list gets its own numbering instance so it restarts at 1. */
export function paragraphs(list: readonly Block[], counter: Counters, setting: Setting, level = 0): Paragraph[] {
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
              ...paragraphDirection(setting),
              children: textRuns(first.runs, counter, setting),
            }),
          );
        }
        out.push(...paragraphs(first && first.type !== 'list' ? rest : item, counter, setting, level + 1));
      }
    } else if (block.type === 'heading') {
      out.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          ...paragraphDirection(setting),
          children: textRuns(block.runs, counter, setting),
        }),
      );
    } else {
      out.push(new Paragraph({ ...paragraphDirection(setting), children: textRuns(block.runs, counter, setting) }));
    }
  }
  return out;
}

/** A paragraph of plain words in the given setting (a label, a note, a heading's words). */
export function plainParagraph(
  text: string,
  setting: Setting,
  look: { bold?: boolean; italics?: boolean; size?: number } = {},
): Paragraph {
  return new Paragraph({
    ...paragraphDirection(setting),
    children: [new TextRun({ text, ...look, ...runDirection(setting) })],
  });
}

export function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

/** The list numbering every export uses: decimal and bullets, three levels deep. */
export function numberingConfig(): INumberingOptions {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
    [0, 1, 2].map((n) => ({
      level: n,
      format,
      text: text(n),
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: 720 * (n + 1), hanging: 360 } } },
    }));
  return {
    config: [
      { reference: ORDERED, levels: level(LevelFormat.DECIMAL, (n) => `%${n + 1}.`) },
      { reference: BULLETS, levels: level(LevelFormat.BULLET, () => '•') },
    ],
  };
}
