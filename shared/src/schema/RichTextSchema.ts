import { BRACKET_MARK, bracketSchema } from './Bracket.ts';
import { DELETION_MARK, INSERTION_MARK, isSuggestionMark, suggestionAttributesSchema } from './Suggestion.ts';

/**
 * What a rich-text field (a clause's body or option, a statement, room notes) may hold, restated from
 * the client's TipTap schema (StarterKit and the bracket mark) in the form y-prosemirror stores it:
 * block and inline nodes are `Y.XmlElement`s named after the node, text is `Y.XmlText`, node
 * attributes are element attributes and marks are text-format attributes. The update gate refuses
 * anything else, because TipTap's binding throws on it or deletes it in every client that renders it.
 * A test compares this table with the real TipTap schema.
 */
export type RichTextChildren = 'blocks' | 'inline' | 'text' | 'listItems' | 'none';

/** `stringOrNull` attributes are simply absent when null: y-prosemirror does not store null attributes. */
export type RichTextAttribute = 'string' | 'integer' | 'stringOrNull';

export interface RichTextNodeRule {
  readonly children: RichTextChildren;
  readonly attributes: Readonly<Record<string, RichTextAttribute>>;
}

export const RICH_TEXT_NODES: Readonly<Record<string, RichTextNodeRule>> = {
  paragraph: { children: 'inline', attributes: {} },
  heading: { children: 'inline', attributes: { level: 'integer' } },
  blockquote: { children: 'blocks', attributes: {} },
  bulletList: { children: 'listItems', attributes: {} },
  orderedList: { children: 'listItems', attributes: { start: 'integer', type: 'stringOrNull' } },
  listItem: { children: 'blocks', attributes: {} },
  codeBlock: { children: 'text', attributes: { language: 'stringOrNull' } },
  horizontalRule: { children: 'none', attributes: {} },
  hardBreak: { children: 'none', attributes: {} },
};

/** Block nodes: what a field's top level, a blockquote and a list item hold. */
export const RICH_TEXT_BLOCKS: ReadonlySet<string> = new Set([
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'codeBlock',
  'horizontalRule',
]);

/** Inline nodes besides text. */
export const RICH_TEXT_INLINE_NODES: ReadonlySet<string> = new Set(['hardBreak']);

/** Marks and the attributes each carries (all optional strings except the bracket's and the suggestions', checked by their schemas). */
export const RICH_TEXT_MARKS: Readonly<Record<string, readonly string[]>> = {
  bold: [],
  italic: [],
  strike: [],
  code: [],
  underline: [],
  link: ['href', 'target', 'rel', 'class', 'title'],
  [BRACKET_MARK]: ['holder', 'reason', 'note'],
  [INSERTION_MARK]: ['id', 'by', 'party', 'at'],
  [DELETION_MARK]: ['id', 'by', 'party', 'at'],
};

const MAX_MARK_VALUE_LENGTH = 2_000;

/** Why a child node may not sit in a parent (`null` for the field itself), or null if it may. */
export function richTextChildProblem(parent: string | null, child: string | 'text'): string | null {
  const allowed: RichTextChildren = parent === null ? 'blocks' : (RICH_TEXT_NODES[parent]?.children ?? 'none');
  const where = parent === null ? 'a rich-text field' : `a ${parent}`;
  const fits = (() => {
    switch (allowed) {
      case 'blocks':
        return child !== 'text' && RICH_TEXT_BLOCKS.has(child);
      case 'inline':
        return child === 'text' || RICH_TEXT_INLINE_NODES.has(child);
      case 'text':
        return child === 'text';
      case 'listItems':
        return child === 'listItem';
      case 'none':
        return false;
    }
  })();
  if (fits) return null;
  return `${child === 'text' ? 'text' : `"${child.slice(0, 40)}"`} cannot be placed in ${where}`;
}

/** Why a node attribute value does not fit the schema, or null. */
export function richTextAttributeProblem(node: string, name: string, value: unknown): string | null {
  const kind = RICH_TEXT_NODES[node]?.attributes[name];
  if (kind === undefined) return `"${node}" has no attribute "${name.slice(0, 40)}"`;
  const fits =
    kind === 'integer'
      ? Number.isInteger(value) && Math.abs(value as number) <= 1_000_000
      : typeof value === 'string' && value.length <= MAX_MARK_VALUE_LENGTH;
  return fits ? null : `attribute "${name}" of "${node}" has a value of the wrong kind`;
}

/** Why a mark's stored value (a format attribute; null ends the mark) does not fit the schema, or null. */
export function richTextMarkProblem(name: string, value: unknown): string | null {
  const attributes = RICH_TEXT_MARKS[name];
  if (attributes === undefined) return `"${name.slice(0, 40)}" is not a mark of the text`;
  if (value === null) return null;
  // Marks without attributes: TipTap's binding stores `{}`, Yjs's own format API commonly `true`.
  if (value === true && attributes.length === 0) return null;
  if (name === BRACKET_MARK) {
    return bracketSchema.strict().safeParse(value).success
      ? null
      : 'a bracket must name its holding party and a reason';
  }
  if (isSuggestionMark(name)) {
    return suggestionAttributesSchema.strict().safeParse(value).success
      ? null
      : `a suggestion (${name}) must carry its id, author, party and time`;
  }
  if (typeof value !== 'object' || Array.isArray(value)) return `the mark "${name}" has a malformed value`;
  for (const [key, attribute] of Object.entries(value as Record<string, unknown>)) {
    if (!attributes.includes(key)) return `the mark "${name}" has no attribute "${key.slice(0, 40)}"`;
    if (attribute !== null && (typeof attribute !== 'string' || attribute.length > MAX_MARK_VALUE_LENGTH)) {
      return `attribute "${key}" of the mark "${name}" must be text`;
    }
  }
  return null;
}
