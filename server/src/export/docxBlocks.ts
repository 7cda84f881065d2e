import type { Block, Run } from '@parley/shared';
import { INSERTION_MARK, suggestionAuthor } from '@parley/shared';
import {
  AlignmentType,
  DeletedTextRun,
  FootnoteReferenceRun,
  HeadingLevel,
  type INumberingOptions,
  InsertedTextRun,
  LevelFormat,
  Paragraph,
  type ParagraphChild,
  TableCell,
  TextRun,
} from 'docx';
import { bracketFootnote, bracketGroups } from './exportText.ts';

export const ORDERED = 'parley-ordered';
export const BULLETS = 'parley-bullets';

/** Where a numbered paragraph's words start: the number ("PP1", "12.") hangs in the margin before it (2 cm). */
export const NUMBER_INDENT = 1134;

/** Numbers the document hands out: list instances (each list restarts at 1) and revision marks (unique ids). */
export interface Counters {
  next: number;
  revision: number;
}

/**
 * How a stretch of text is set: right to left (Arabic, Hebrew, Persian, Urdu …) makes each paragraph
 * `w:bidi` and each run `w:rtl`, as Word sets such text; left to right adds nothing. `italic`: every
 * run in italics (the preamble, as UN texts set it).
 */
export interface Setting {
  readonly rtl: boolean;
  readonly italic?: boolean;
}

export const LEFT_TO_RIGHT: Setting = { rtl: false };

const runDirection = (setting: Setting) => (setting.rtl ? { rightToLeft: true } : {});
export const paragraphDirection = (setting: Setting) => (setting.rtl ? { bidirectional: true } : {});

type WordRun = TextRun | InsertedTextRun | DeletedTextRun | FootnoteReferenceRun;

/**
 * One run of text; a pending suggestion becomes a Word tracked change (`w:ins`, or `w:del` with
 * `w:delText`) with its author and time, so Word's review pane lists it to accept or reject.
 */
function wordRun(run: Run, counter: Counters, setting: Setting): WordRun {
  const look = {
    text: run.text,
    bold: run.bold ?? false,
    italics: (run.italic ?? false) || setting.italic === true,
    ...runDirection(setting),
  };
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

/**
 * The runs of a paragraph. Square brackets are real characters of the text, as delegations expect to
 * see them on paper; who holds a bracket, and why, is a footnote after it (never words in the text).
 */
export function textRuns(runs: readonly Run[], counter: Counters, setting: Setting): WordRun[] {
  const out: WordRun[] = [];
  const mark = (text: string) => new TextRun({ text, italics: setting.italic === true, ...runDirection(setting) });
  for (const group of bracketGroups(runs)) {
    const bracket = group.runs[0]?.bracket;
    if (group.bracketed) out.push(mark('['));
    for (const run of group.runs) out.push(wordRun(run, counter, setting));
    if (group.bracketed) out.push(mark(']'));
    if (group.bracketed && bracket) {
      out.push(new FootnoteReferenceRun({ children: [new Paragraph({ text: bracketFootnote(bracket) })] }));
    }
  }
  return out;
}

/**
 * Where blocks are set: `indent` (twentieths of a point) for every paragraph, and `lead`, what the
 * first paragraph starts with (a paragraph's number and a tab, hanging in the margin; an option's label).
 */
export interface Placement {
  readonly indent?: number;
  readonly lead?: readonly ParagraphChild[];
  /** With a lead: it hangs in the margin (a number), rather than running into the words (a label). */
  readonly hanging?: boolean;
}

const BODY = { alignment: AlignmentType.BOTH };

/** Blocks as Word paragraphs, justified as UN texts are; each list gets its own numbering instance so it restarts at 1. */
export function paragraphs(
  list: readonly Block[],
  counter: Counters,
  setting: Setting,
  placement: Placement = {},
  level = 0,
): Paragraph[] {
  const out: Paragraph[] = [];
  const indent = placement.indent ?? 0;
  let lead = placement.lead;
  const plainIndent = indent > 0 ? { indent: { left: indent } } : {};
  // The paragraph the lead starts: a number hangs in the margin, a label runs into the words.
  const leadIndent = placement.hanging === true ? { indent: { left: indent, hanging: indent } } : plainIndent;
  const [first] = list;
  if (lead !== undefined && (first === undefined || first.type !== 'paragraph')) {
    // The words start with a list or a heading: the lead stands on its own line.
    out.push(new Paragraph({ ...paragraphDirection(setting), ...leadIndent, keepNext: true, children: [...lead] }));
    lead = undefined;
  }
  for (const block of list) {
    if (block.type === 'list') {
      const instance = counter.next++;
      for (const item of block.items) {
        const [head, ...rest] = item;
        if (head && head.type !== 'list') {
          out.push(
            new Paragraph({
              ...BODY,
              numbering: { reference: block.ordered ? ORDERED : BULLETS, level: Math.min(level, 2), instance },
              ...paragraphDirection(setting),
              children: textRuns(head.runs, counter, setting),
            }),
          );
        }
        out.push(...paragraphs(head && head.type !== 'list' ? rest : item, counter, setting, { indent }, level + 1));
      }
    } else if (block.type === 'heading') {
      out.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_3,
          ...plainIndent,
          ...paragraphDirection(setting),
          children: textRuns(block.runs, counter, setting),
        }),
      );
    } else {
      const leading = lead;
      lead = undefined;
      out.push(
        new Paragraph({
          ...BODY,
          ...(leading !== undefined ? leadIndent : plainIndent),
          ...paragraphDirection(setting),
          children: [...(leading ?? []), ...textRuns(block.runs, counter, setting)],
        }),
      );
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

/** The list numbering every export uses: decimal and bullets, three levels deep, inside a numbered paragraph's words. */
export function numberingConfig(): INumberingOptions {
  const level = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (n: number) => string) =>
    [0, 1, 2].map((n) => ({
      level: n,
      format,
      text: text(n),
      alignment: AlignmentType.START,
      style: { paragraph: { indent: { left: NUMBER_INDENT + 567 * (n + 1), hanging: 425 } } },
    }));
  return {
    config: [
      { reference: ORDERED, levels: level(LevelFormat.DECIMAL, (n) => `%${n + 1}.`) },
      { reference: BULLETS, levels: level(LevelFormat.BULLET, () => '•') },
    ],
  };
}
