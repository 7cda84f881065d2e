import type { DraftBlock, DraftDocument, DraftRun } from './DraftBlock.ts';
import { takeLabel, tidyRuns } from './DraftBlock.ts';

/**
 * The Markdown a zero draft is written in, and no more: `#` headings, paragraphs (separated by a blank
 * line), `1.` numbered paragraphs, `-`/`*`/`+` bullets (indented ones too, as one level), `**bold**`,
 * `*italic*`/`_italic_`, and `[text](url)` links kept as their text (so they are not read as brackets).
 */
export function readMarkdown(source: string): DraftDocument {
  const blocks: DraftBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: DraftRun[][] } | null = null;
  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const labelled = takeLabel(tidyRuns(inlineMarkdown(paragraph.join(' '))));
    paragraph = [];
    if (labelled.runs.length === 0) return;
    blocks.push({
      type: 'paragraph',
      runs: labelled.runs,
      numbered: labelled.label === 'number',
      preamble: labelled.label === 'preamble',
    });
  };
  const flushList = () => {
    if (list && list.items.length > 0) blocks.push({ type: 'list', ordered: list.ordered, items: list.items });
    list = null;
  };
  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const numbered = /^\d{1,3}[.)]\s+/.test(line);
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(line);
    const nestedNumber = /^\s{2,}\d{1,3}[.)]\s+(.*)$/.exec(line);
    if (line.trim().length === 0) {
      flushParagraph();
      continue;
    }
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({
        type: 'heading',
        level: heading[1]?.length ?? 1,
        runs: tidyRuns(inlineMarkdown(heading[2] ?? '')),
      });
    } else if (numbered) {
      // A number at the margin starts an operative paragraph (Markdown would call it a list item).
      flushParagraph();
      flushList();
      paragraph = [line];
    } else if (bullet || nestedNumber) {
      flushParagraph();
      const ordered = nestedNumber !== null;
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, items: [] };
      }
      const runs = tidyRuns(inlineMarkdown(bullet?.[2] ?? nestedNumber?.[1] ?? ''));
      if (runs.length > 0) list.items.push(runs);
    } else if (list && /^\s+\S/.test(line)) {
      // A continuation line of the last list item.
      const items = list.items;
      const last = items[items.length - 1] ?? [];
      items[items.length - 1] = tidyRuns([...last, { text: ' ' }, ...inlineMarkdown(line)]);
    } else {
      flushList();
      paragraph.push(line.trim());
    }
  }
  flushParagraph();
  flushList();
  return { blocks, warnings: [] };
}

const INLINE =
  /\*\*(.+?)\*\*|__(.+?)__|\*(.+?)\*|(?<![\w\\])_(.+?)_(?!\w)|\[([^\]]*)\]\((?:[^)\s]+)\)|\\([\\`*_{}[\]()#+\-.!])/g;

/** Bold, italic, links (as text) and backslash escapes; nested emphasis is read one level deep. */
export function inlineMarkdown(text: string, marks: { bold?: boolean; italic?: boolean } = {}): DraftRun[] {
  const runs: DraftRun[] = [];
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index), ...marks });
    const [, strong, strongAlt, emphasis, emphasisAlt, linkText, escaped] = match;
    if (strong !== undefined || strongAlt !== undefined)
      runs.push(...inlineMarkdown(strong ?? strongAlt ?? '', { ...marks, bold: true }));
    else if (emphasis !== undefined || emphasisAlt !== undefined)
      runs.push(...inlineMarkdown(emphasis ?? emphasisAlt ?? '', { ...marks, italic: true }));
    else if (linkText !== undefined) runs.push(...inlineMarkdown(linkText, marks));
    // An escaped "\[" is a literal bracket character in Markdown; it still reads as a bracket here.
    else runs.push({ text: escaped ?? '', ...marks });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ...marks });
  return runs;
}
