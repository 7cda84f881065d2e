import * as Y from 'yjs';
import { z } from 'zod';

/**
 * A clause's rich text as plain JSON, independent of Yjs: what the server keeps in the record when
 * words are replaced by a command (the text and options before "Keep this option"), so that they can
 * be rebuilt later as new Yjs content. Hooks are left out, as the collapse itself leaves them out.
 */
export type RichTextRun = { readonly insert: string; readonly attributes?: Readonly<Record<string, unknown>> };
export type RichTextJsonNode =
  | { readonly text: readonly RichTextRun[] }
  | {
      readonly element: string;
      readonly attributes: Readonly<Record<string, string>>;
      readonly children: readonly RichTextJsonNode[];
    };

const runSchema = z.object({ insert: z.string(), attributes: z.record(z.string(), z.unknown()).optional() });
export const richTextJsonNodeSchema: z.ZodType<RichTextJsonNode> = z.lazy(() =>
  z.union([
    z.object({ text: z.array(runSchema) }),
    z.object({
      element: z.string().min(1).max(100),
      attributes: z.record(z.string(), z.string()),
      children: z.array(richTextJsonNodeSchema),
    }),
  ]),
);
export const richTextJsonSchema = z.array(richTextJsonNodeSchema);

function nodeToJson(node: Y.XmlElement | Y.XmlText | Y.XmlHook): RichTextJsonNode[] {
  if (node instanceof Y.XmlText) {
    const runs: RichTextRun[] = [];
    for (const op of node.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]) {
      // Embeds are not part of the editor's schema; only text runs are kept.
      if (typeof op.insert !== 'string') continue;
      runs.push(op.attributes ? { insert: op.insert, attributes: { ...op.attributes } } : { insert: op.insert });
    }
    return [{ text: runs }];
  }
  if (node instanceof Y.XmlElement) {
    const attributes: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.getAttributes()))
      if (typeof value === 'string') attributes[key] = value;
    return [{ element: node.nodeName, attributes, children: node.toArray().flatMap(nodeToJson) }];
  }
  return [];
}

/** The fragment's content as JSON. */
export function richTextToJson(fragment: Y.XmlFragment): RichTextJsonNode[] {
  return fragment.toArray().flatMap(nodeToJson);
}

function jsonToNode(node: RichTextJsonNode): Y.XmlElement | Y.XmlText {
  if ('text' in node) {
    const text = new Y.XmlText();
    // A preliminary Y.XmlText keeps the delta until it is integrated.
    text.applyDelta(node.text.map((run) => ({ ...run })));
    return text;
  }
  const element = new Y.XmlElement(node.element);
  for (const [key, value] of Object.entries(node.attributes)) element.setAttribute(key, value);
  element.insert(0, node.children.map(jsonToNode));
  return element;
}

/** Replaces the fragment's content with the JSON's (inside the caller's transaction). */
export function replaceRichText(fragment: Y.XmlFragment, content: readonly RichTextJsonNode[]): void {
  fragment.delete(0, fragment.length);
  fragment.insert(0, content.map(jsonToNode));
}

/** Whether two fragments' JSON are the same content (text, marks, blocks). */
export function sameRichText(a: readonly RichTextJsonNode[], b: readonly RichTextJsonNode[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
