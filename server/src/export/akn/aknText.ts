import type { Block, Run, RunSuggestion } from '@parley/shared';
import { BRACKET_REASON_LABELS, describeExportedSuggestion, INSERTION_MARK, isMediatorHolder } from '@parley/shared';
import { bracketGroups, suggestionSegments } from '../exportText.ts';
import { bracketReasonEId, MEDIATOR_EID, partyEId, personEId, ref } from './aknIds.ts';
import type { XmlNode } from './xml.ts';
import { el } from './xml.ts';

/** The elements whose content is text (written on one line by the serialiser). */
export const AKN_MIXED_CONTENT: ReadonlySet<string> = new Set([
  'p',
  'num',
  'heading',
  'inline',
  'ins',
  'del',
  'b',
  'i',
  'docTitle',
  'docNumber',
  'docStatus',
  'docDate',
  'organization',
  'span',
]);

/** Bold and italic, as AKN's `<b>` and `<i>`. */
function styled(run: Run): XmlNode {
  let node: XmlNode = run.text;
  if (run.italic) node = el('i', {}, node);
  if (run.bold) node = el('b', {}, node);
  return node;
}

/**
 * A pending suggestion: `<ins>` or `<del>` (AKN's own inline elements for inserted and deleted
 * text), referring to its author (a TLCPerson), with author and time in words as its title.
 */
function suggested(suggestion: RunSuggestion, inner: readonly XmlNode[]): XmlNode {
  return el(
    suggestion.kind === INSERTION_MARK ? 'ins' : 'del',
    { refersTo: ref(personEId(suggestion.by)), title: describeExportedSuggestion(suggestion) },
    inner,
  );
}

/** Who holds a bracket, as a reference: the party's TLCOrganization, or the mediator's TLCRole. */
export const holderRef = (holder: string) => ref(isMediatorHolder(holder) ? MEDIATOR_EID : partyEId(holder));

/**
 * A bracket: `<inline name="bracket">` around the bracketed words, the square brackets kept in the
 * text (they are part of a negotiating text as printed), referring to its holder and its reason;
 * its title says both in words, with the holder's note.
 */
function bracketed(bracket: NonNullable<Run['bracket']>, inner: readonly XmlNode[]): XmlNode {
  const reason = BRACKET_REASON_LABELS[bracket.reason];
  return el(
    'inline',
    {
      name: 'bracket',
      refersTo: `${holderRef(bracket.holder)} ${ref(bracketReasonEId(bracket.reason))}`,
      title: `${bracket.holderName}: ${reason}${bracket.note ? ` — ${bracket.note}` : ''}`,
    },
    '[',
    ...inner,
    ']',
  );
}

/** A paragraph's runs as inline content: brackets around suggestions around bold and italic. */
export function inlineNodes(runs: readonly Run[]): XmlNode[] {
  return bracketGroups(runs).flatMap((group) => {
    const inner = suggestionSegments(group.runs).flatMap((segment) => {
      const words = segment.runs.map(styled);
      return segment.suggestion ? [suggested(segment.suggestion, words)] : words;
    });
    const bracket = group.runs[0]?.bracket;
    return group.bracketed && bracket ? [bracketed(bracket, inner)] : inner;
  });
}

/**
 * Rich text as AKN blocks: paragraphs as `<p>`, a heading inside the text as a `<p class="heading">`
 * (AKN's `heading` belongs to the structure, not to a clause's words), lists as `<ul>`/`<ol>` of `<li>`.
 */
export function blockNodes(blocks: readonly Block[]): XmlNode[] {
  return blocks.flatMap((block): XmlNode[] => {
    if (block.type === 'paragraph') return [el('p', {}, inlineNodes(block.runs))];
    if (block.type === 'heading') return [el('p', { class: `heading${block.level}` }, inlineNodes(block.runs))];
    // A list holds at least one item in the schema; an emptied one is left out.
    if (block.items.length === 0) return [];
    return [
      el(
        block.ordered ? 'ol' : 'ul',
        {},
        block.items.map((item) => el('li', {}, blockNodes(item))),
      ),
    ];
  });
}

/** Blocks where the schema wants at least one (a recital, a container): an empty `<p/>` for no text. */
export function someBlockNodes(blocks: readonly Block[]): XmlNode[] {
  const nodes = blockNodes(blocks);
  return nodes.length > 0 ? nodes : [el('p')];
}
