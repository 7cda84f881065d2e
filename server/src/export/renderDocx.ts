import type { Agreement, AgreementClause } from '@parley/shared';
import { textDirection } from '@parley/shared';
import type { Paragraph, Table } from 'docx';
import { HeadingLevel, Tab, TextRun, Paragraph as WordParagraph } from 'docx';
import type { Counters, Setting } from './docxBlocks.ts';
import { NUMBER_INDENT, paragraphDirection, paragraphs } from './docxBlocks.ts';
import {
  annexes,
  authenticationBlock,
  packDocument,
  partHeadingParagraph,
  signOffMatrixBlock,
  titleBlock,
} from './docxDocument.ts';
import { clauseNumberTitle, optionLabel } from './exportText.ts';
import type { Letterhead } from './letterhead.ts';
import { plainLetterhead } from './letterhead.ts';
import { partHeading } from './partHeadings.ts';

const direction = (setting: Setting) => (setting.rtl ? { rightToLeft: true } : {});

/**
 * The clause's words in its language: the current text, then each option labelled beside it
 * ("Option 1: …", "(no text)" for an empty one), indented by `indent`. `lead`: what the current text's
 * first paragraph starts with (its number, hanging in the margin).
 */
export function clauseText(
  c: AgreementClause,
  counter: Counters,
  setting: Setting,
  indent = 0,
  lead?: readonly TextRun[],
): Paragraph[] {
  const out = paragraphs(c.blocks, counter, setting, { indent, ...(lead ? { lead, hanging: true } : {}) });
  c.options.forEach((option, index) => {
    const label = new TextRun({ text: `${optionLabel(option.label, index)}: `, bold: true, ...direction(setting) });
    if (option.blocks.length === 0) {
      out.push(
        new WordParagraph({
          indent: { left: indent },
          ...paragraphDirection(setting),
          children: [label, new TextRun({ text: '(no text)', italics: true, ...direction(setting) })],
        }),
      );
    } else {
      out.push(...paragraphs(option.blocks, counter, setting, { indent, lead: [label] }));
    }
  });
  return out;
}

/** The number as it hangs before the words: "PP1", "3.", then a tab to where the words start. */
function numberLead(c: AgreementClause, setting: Setting): TextRun[] {
  return [new TextRun({ text: clauseNumberTitle(c), ...direction(setting) }), new TextRun({ children: [new Tab()] })];
}

/**
 * One paragraph of the text, as UN texts set them: the number in the margin ("PP1", "1."), the words
 * beside it (a preambular paragraph in italics). A heading takes the number and stands above the words.
 */
function clause(c: AgreementClause, counter: Counters, setting: Setting): Paragraph[] {
  const set: Setting = c.kind === 'preamble' ? { ...setting, italic: true } : setting;
  if (c.heading === '') return clauseText(c, counter, set, NUMBER_INDENT, numberLead(c, setting));
  return [
    new WordParagraph({
      heading: HeadingLevel.HEADING_2,
      indent: { left: NUMBER_INDENT, hanging: NUMBER_INDENT },
      ...paragraphDirection(setting),
      children: [...numberLead(c, setting), new TextRun({ text: c.heading, ...direction(setting) })],
    }),
    ...clauseText(c, counter, set, NUMBER_INDENT),
  ];
}

/**
 * The agreement as a Word document laid out as a negotiating document: the header on every page
 * (marking, symbol, date) and page numbers, the title block, the preamble (PP1 …) and the operative
 * paragraphs numbered in the text, brackets with their holders in footnotes, options labelled beside
 * the current text, one sign-off matrix at the end of a draft, then the annexes. A right-to-left
 * language's clauses are set right to left (`w:bidi`, `w:rtl`).
 */
export async function renderDocx(
  agreement: Agreement,
  letterhead: Letterhead = plainLetterhead(agreement),
): Promise<Buffer> {
  const counter: Counters = { next: 1, revision: 1 };
  const language = agreement.language ?? 'en';
  const setting: Setting = { rtl: textDirection(language) === 'rtl' };
  const children: (Paragraph | Table)[] = titleBlock(agreement, letterhead);
  if (agreement.preamble.length > 0) {
    children.push(partHeadingParagraph(partHeading('preamble', language), setting));
    for (const c of agreement.preamble) children.push(...clause(c, counter, setting));
  }
  if (agreement.operative.length > 0) {
    children.push(partHeadingParagraph(partHeading('operative', language), setting));
    for (const c of agreement.operative) children.push(...clause(c, counter, setting));
  }
  children.push(...signOffMatrixBlock(agreement), ...authenticationBlock(letterhead));
  children.push(...annexes(agreement, counter));
  return packDocument(agreement, letterhead, false, children);
}
