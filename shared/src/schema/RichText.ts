import * as Y from 'yjs';

/**
 * Helpers for the Y.XmlFragment layout that TipTap's Collaboration extension (y-prosemirror) uses:
 * block nodes are Y.XmlElements named after the ProseMirror node (`paragraph`), text is Y.XmlText,
 * and marks are text attributes named after the mark (`bold`, `italic`).
 */
export function appendParagraph(fragment: Y.XmlFragment, text: string): Y.XmlElement {
  const paragraph = new Y.XmlElement('paragraph');
  const content = new Y.XmlText();
  if (text.length > 0) content.insert(0, text);
  paragraph.insert(0, [content]);
  fragment.push([paragraph]);
  return paragraph;
}

/** The text of a fragment, one line per block element. */
export function fragmentPlainText(fragment: Y.XmlFragment): string {
  const lines: string[] = [];
  const visit = (node: Y.XmlElement | Y.XmlText | Y.XmlHook, line: string[]): void => {
    if (node instanceof Y.XmlText) {
      line.push(node.toString().replace(/<[^>]*>/g, ''));
    } else if (node instanceof Y.XmlElement) {
      const own: string[] = [];
      for (const child of node.toArray()) visit(child, own);
      if (node.length > 0 && node.toArray().every((child) => child instanceof Y.XmlText)) lines.push(own.join(''));
      else if (node.length === 0) lines.push('');
    }
  };
  for (const child of fragment.toArray()) visit(child, []);
  return lines.join('\n');
}
