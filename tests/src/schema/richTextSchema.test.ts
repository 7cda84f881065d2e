import {
  BRACKET_MARK,
  RICH_TEXT_BLOCKS,
  RICH_TEXT_INLINE_NODES,
  RICH_TEXT_MARKS,
  RICH_TEXT_NODES,
  richTextChildProblem,
} from '@parley/shared';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { describe, expect, it } from 'vitest';
import { BracketMark } from '../../../client/src/room/editor/BracketMark.ts';
import { DeletionMark, InsertionMark } from '../../../client/src/room/editor/SuggestionMarks.ts';

/**
 * The update gate checks rich text against shared `RichTextSchema`, a restatement of the client's
 * TipTap schema. If the editor's extensions change, this test says where the restatement is stale
 * (and so where the gate would refuse the editor's own writes, or accept what it cannot render).
 */
const schema = getSchema([StarterKit.configure({ undoRedo: false }), BracketMark, InsertionMark, DeletionMark]);
const nodeNames = Object.keys(schema.nodes).filter((name) => name !== 'doc' && name !== 'text');

describe('the gate’s rich-text schema is the editor’s', () => {
  it('knows exactly the editor’s nodes, with their attributes', () => {
    expect(Object.keys(RICH_TEXT_NODES).sort()).toEqual(nodeNames.sort());
    for (const name of nodeNames) {
      const attrs = Object.keys(schema.nodes[name]?.spec.attrs ?? {}).sort();
      expect(Object.keys(RICH_TEXT_NODES[name]?.attributes ?? {}).sort(), name).toEqual(attrs);
    }
  });

  it('knows exactly the editor’s marks, with their attributes', () => {
    expect(Object.keys(RICH_TEXT_MARKS).sort()).toEqual(Object.keys(schema.marks).sort());
    for (const [name, type] of Object.entries(schema.marks)) {
      expect([...(RICH_TEXT_MARKS[name] ?? [])].sort(), name).toEqual(Object.keys(type.spec.attrs ?? {}).sort());
    }
    expect(RICH_TEXT_MARKS[BRACKET_MARK]).toBeDefined();
  });

  it('places every node where the editor’s content expressions allow it, and nowhere else', () => {
    const blocks = nodeNames.filter((name) => schema.nodes[name]?.isBlock && name !== 'listItem');
    expect([...RICH_TEXT_BLOCKS].sort()).toEqual(blocks.sort());
    const inline = nodeNames.filter((name) => schema.nodes[name]?.isInline);
    expect([...RICH_TEXT_INLINE_NODES].sort()).toEqual(inline.sort());
    const parents: (string | null)[] = [null, ...nodeNames];
    for (const parent of parents) {
      const parentType = parent === null ? schema.topNodeType : schema.nodes[parent];
      if (!parentType) throw new Error(`no node ${parent}`);
      for (const child of [...nodeNames, 'text']) {
        const childType = schema.nodes[child];
        if (!childType) throw new Error(`no node ${child}`);
        // Whether the editor's content expression admits this child anywhere in the parent.
        const admits =
          parentType.contentMatch.matchType(childType) !== null || contentAdmitsLater(parentType, childType);
        expect(richTextChildProblem(parent, child) === null, `${child} in ${parent ?? 'the field'}`).toBe(admits);
      }
    }
  });
});

/** A list item's content is "paragraph block*": blocks are admitted after its first paragraph. */
function contentAdmitsLater(
  parent: NonNullable<(typeof schema.nodes)[string]>,
  child: NonNullable<(typeof schema.nodes)[string]>,
): boolean {
  const first = parent.contentMatch.defaultType;
  const afterFirst = first ? parent.contentMatch.matchType(first) : null;
  return afterFirst?.matchType(child) != null;
}
