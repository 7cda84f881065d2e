import type { MarkedBlock } from '@parley/shared';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * A ProseMirror text as the shared suggestion rules read a clause (`MarkedBlock`s: each text block
 * with its runs and marks, name → attributes, as y-prosemirror stores them), so the editor can judge
 * an edit by the rule the server's gate applies before it is sent. Block names only need to be
 * comparable between two readings of the same editor.
 */
export function markedBlocksOf(doc: ProseMirrorNode): MarkedBlock[] {
  const blocks: MarkedBlock[] = [];
  const visit = (node: ProseMirrorNode, path: string) => {
    node.forEach((child) => {
      const name = `${path}/${child.type.name}${JSON.stringify(child.attrs)}`;
      if (child.isTextblock) {
        const runs: { text: string; marks: Record<string, unknown> }[] = [];
        child.forEach((inline) => {
          const marks = Object.fromEntries(inline.marks.map((mark) => [mark.type.name, mark.attrs]));
          runs.push({ text: inline.isText ? (inline.text ?? '') : '\uFFFC', marks });
        });
        blocks.push({ node: name, runs });
      } else if (!child.isLeaf) visit(child, name);
    });
  };
  visit(doc, '');
  return blocks;
}
