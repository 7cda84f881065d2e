import type { ImportedBlock, ImportedClause, ImportedRun } from '@parley/shared';
import type { DraftBlock, DraftRun } from './DraftBlock.ts';
import { splitBrackets } from './splitBrackets.ts';

/**
 * The rules that turn a zero draft into clauses (README, "Importing a zero draft"):
 * - a Heading 1 (or Title, or Markdown `#`) before any paragraph is the document's title, not a clause;
 * - the first numbered paragraph (Word's list numbering, or "1." / "1)" typed at its start) starts the
 *   operative part: each numbered paragraph starts an operative clause, and the unnumbered paragraphs
 *   and lists after it belong to it;
 * - every paragraph before it is a preamble clause of its own (PP1, PP2 …), whatever its first word;
 *   a "PP" paragraph style or a typed "PP1." label says so too, and lists go with the paragraph above;
 * - any other heading becomes the heading of the clause that follows it.
 * Numbers and "PP" labels are taken off the text, since Parley numbers clauses from their order.
 */
export function draftToClauses(blocks: readonly DraftBlock[]): { title: string | null; clauses: ImportedClause[] } {
  let title: string | null = null;
  let seenText = false;
  let operative = false;
  let heading: string | null = null;
  const drafts: { kind: ImportedClause['kind']; heading: string | null; blocks: DraftBlock[] }[] = [];
  const start = (kind: ImportedClause['kind'], block: DraftBlock) => {
    drafts.push({ kind, heading, blocks: [block] });
    heading = null;
  };
  for (const block of blocks) {
    if (block.type === 'heading') {
      const text = plain(block.runs);
      if (block.level === 1 && !seenText && title === null) title = text;
      else heading = heading === null ? text : `${heading}: ${text}`;
      continue;
    }
    seenText = true;
    const current = drafts[drafts.length - 1];
    if (block.type === 'paragraph' && block.numbered && !block.preamble) {
      operative = true;
      start('operative', block);
    } else if (block.type === 'paragraph' && !operative) start('preamble', block);
    else if (current && heading === null) current.blocks.push(block);
    else start(operative ? 'operative' : 'preamble', block);
  }
  const clauses = drafts.map((draft): ImportedClause => {
    let brackets = 0;
    const bracketed = (runs: readonly DraftRun[]): ImportedRun[] => {
      const split = splitBrackets(runs);
      brackets += split.brackets;
      return split.runs;
    };
    const paragraphs = draft.blocks.flatMap((block): ImportedBlock[] => {
      if (block.type === 'paragraph') return [{ type: 'paragraph', runs: bracketed(block.runs) }];
      if (block.type === 'list') {
        const items = block.items.map(bracketed).filter((runs) => runs.length > 0);
        return items.length > 0 ? [{ type: block.ordered ? 'orderedList' : 'bulletList', items }] : [];
      }
      return [];
    });
    return {
      kind: draft.kind,
      ...(draft.heading ? { heading: draft.heading.slice(0, 500) } : {}),
      paragraphs,
      brackets,
    };
  });
  return { title, clauses: clauses.filter((clause) => clause.paragraphs.length > 0) };
}

function plain(runs: readonly DraftRun[]): string {
  return runs.map((run) => run.text).join('');
}
