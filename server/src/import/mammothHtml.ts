import type { DraftBlock, DraftRun } from './DraftBlock.ts';
import { takeLabel, tidyRuns } from './DraftBlock.ts';

/**
 * Reads the HTML that mammoth writes (and only that: well-formed, a known handful of tags, text
 * escaped) into draft blocks. mammoth does the DOCX reading; this only walks its output, so it needs
 * no HTML parser of its own.
 */
interface HtmlElement {
  readonly tag: string;
  readonly className: string;
  readonly children: HtmlNode[];
}
type HtmlNode = HtmlElement | string;

const VOID_TAGS = new Set(['br', 'img', 'hr']);
const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos|nbsp);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[entity] ?? '';
  });
}

function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: 'root', className: '', children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const top = stack[stack.length - 1] ?? root;
    const [, closing, rawTag, attributes, text] = match;
    if (text !== undefined) {
      top.children.push(decodeEntities(text));
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    if (closing) {
      // Close up to the matching element; a stray end tag is ignored.
      const at = stack.map((element) => element.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const className = /class="([^"]*)"/.exec(attributes ?? '')?.[1] ?? '';
    const element: HtmlElement = { tag, className, children: [] };
    top.children.push(element);
    if (!VOID_TAGS.has(tag) && !(attributes ?? '').trim().endsWith('/')) stack.push(element);
  }
  return root;
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ol', 'ul', 'li', 'table', 'tr', 'td', 'th']);

function inlineRuns(nodes: readonly HtmlNode[], marks: { bold: boolean; italic: boolean }): DraftRun[] {
  const runs: DraftRun[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') runs.push({ text: node, bold: marks.bold, italic: marks.italic });
    else if (node.tag === 'br') runs.push({ text: ' ', bold: marks.bold, italic: marks.italic });
    else if (node.tag === 'ol' || node.tag === 'ul') continue;
    else {
      const bold = marks.bold || node.tag === 'strong' || node.tag === 'b';
      const italic = marks.italic || node.tag === 'em' || node.tag === 'i';
      runs.push(...inlineRuns(node.children, { bold, italic }));
    }
  }
  return runs;
}

const PLAIN = { bold: false, italic: false };

/** Every list item under `list`, nested ones after their parent, as one level (Parley's clauses hold one). */
function listItems(list: HtmlElement): DraftRun[][] {
  const items: DraftRun[][] = [];
  for (const item of list.children) {
    if (typeof item === 'string' || item.tag !== 'li') continue;
    const runs = tidyRuns(inlineRuns(item.children, PLAIN));
    if (runs.length > 0) items.push(runs);
    for (const child of item.children) {
      if (typeof child !== 'string' && (child.tag === 'ol' || child.tag === 'ul')) items.push(...listItems(child));
    }
  }
  return items;
}

export function mammothHtmlToBlocks(html: string): { blocks: DraftBlock[]; warnings: string[] } {
  const blocks: DraftBlock[] = [];
  const warnings = new Set<string>();
  const paragraph = (runs: DraftRun[], numbered: boolean, preamble: boolean) => {
    const labelled = takeLabel(tidyRuns(runs));
    if (labelled.runs.length === 0) return;
    blocks.push({
      type: 'paragraph',
      runs: labelled.runs,
      numbered: numbered || labelled.label === 'number',
      preamble: preamble || labelled.label === 'preamble',
    });
  };
  const visit = (node: HtmlNode) => {
    if (typeof node === 'string') {
      if (node.trim().length > 0) paragraph([{ text: node }], false, false);
      return;
    }
    const heading = /^h([1-6])$/.exec(node.tag);
    if (heading) {
      const runs = tidyRuns(inlineRuns(node.children, PLAIN));
      if (runs.length > 0) blocks.push({ type: 'heading', level: Number(heading[1]), runs });
    } else if (node.tag === 'p') {
      paragraph(inlineRuns(node.children, PLAIN), false, node.className.split(' ').includes('pp'));
    } else if (node.tag === 'ol') {
      // Word's list numbering at the top level numbers operative paragraphs; nested lists stay lists.
      for (const item of node.children) {
        if (typeof item === 'string' || item.tag !== 'li') continue;
        paragraph(inlineRuns(item.children, PLAIN), true, false);
        for (const child of item.children) {
          if (typeof child === 'string' || (child.tag !== 'ol' && child.tag !== 'ul')) continue;
          const items = listItems(child);
          if (items.length > 0) blocks.push({ type: 'list', ordered: child.tag === 'ol', items });
        }
      }
    } else if (node.tag === 'ul') {
      const items = listItems(node);
      if (items.length > 0) blocks.push({ type: 'list', ordered: false, items });
    } else {
      if (node.tag === 'table') warnings.add('tables are read as paragraphs, one per cell');
      if (BLOCK_TAGS.has(node.tag) || node.tag === 'root' || node.children.some((c) => typeof c !== 'string')) {
        for (const child of node.children) visit(child);
      } else paragraph(inlineRuns([node], PLAIN), false, false);
    }
  };
  // Pictures sit inside paragraphs, where the inline walk skips them.
  if (/<img\b/.test(html)) warnings.add('pictures are left out');
  visit(parseHtml(html));
  return { blocks, warnings: [...warnings] };
}
