import { richTextAttributeProblem, richTextChildProblem, richTextMarkProblem } from '@parley/shared';
import * as Y from 'yjs';
import type { StructContent } from './DocumentLayout.ts';

/**
 * Checks one struct written into a text type against what TipTap's schema can hold there
 * (shared `RichTextSchema`): the container decides, since in Parley's documents XML types exist
 * only as rich-text fields and plain `Y.Text` only as single-line text (headings, agenda notes).
 * Returns why the content does not fit, or null; containers that are not text types are left to
 * the document's layout.
 */
export function textContentProblem(
  container: Y.AbstractType<unknown>,
  parentSub: string | null,
  content: StructContent,
): string | null {
  // Content inserted already deleted carries nothing anyone will see.
  if (content instanceof Y.ContentDeleted) return null;
  if (container instanceof Y.XmlText) {
    if (parentSub !== null) return 'a run of text has no attributes of its own';
    if (content instanceof Y.ContentString) return null;
    if (content instanceof Y.ContentFormat) return richTextMarkProblem(content.key, content.value);
    return 'only text and marks can be placed in a paragraph’s text';
  }
  if (container instanceof Y.Text) {
    if (parentSub !== null || !(content instanceof Y.ContentString)) return 'this field holds plain text only';
    return null;
  }
  if (container instanceof Y.XmlElement) {
    if (parentSub !== null) return attributeProblem(container.nodeName, parentSub, content);
    return childProblem(container.nodeName, content);
  }
  if (container instanceof Y.XmlFragment) {
    if (parentSub !== null) return 'a rich-text field has no keys';
    return childProblem(null, content);
  }
  return null;
}

function childProblem(parent: string | null, content: StructContent): string | null {
  if (!(content instanceof Y.ContentType)) return 'only paragraphs and other blocks can be placed in rich text';
  const type = content.type;
  if (type instanceof Y.XmlText) return richTextChildProblem(parent, 'text');
  if (type instanceof Y.XmlElement) return richTextChildProblem(parent, type.nodeName);
  return 'only paragraphs and other blocks can be placed in rich text';
}

function attributeProblem(node: string, name: string, content: StructContent): string | null {
  if (!(content instanceof Y.ContentAny) || content.arr.length !== 1) {
    return `attribute "${name.slice(0, 40)}" of "${node}" must be a plain value`;
  }
  return richTextAttributeProblem(node, name, content.arr[0]);
}
