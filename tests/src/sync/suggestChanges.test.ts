import type { Participant, ParticipantId, PartyId } from '@parley/shared';
import { DELETION_MARK, INSERTION_MARK, suggestionAttributesSchema, suggestionEditProblem } from '@parley/shared';
import { getSchema } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import StarterKit from '@tiptap/starter-kit';
import { initProseMirrorDoc, updateYFragment } from '@tiptap/y-tiptap';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { markedBlocksOf } from '../../../client/src/room/editor/markedBlocks.ts';
import type { Suggester } from '../../../client/src/room/editor/SuggestChanges.ts';
import { NOT_WHILE_SUGGESTING, suggestChangesPlugin } from '../../../client/src/room/editor/SuggestChanges.ts';
import { DeletionMark, InsertionMark } from '../../../client/src/room/editor/SuggestionMarks.ts';
import { readSuggestions } from '../../../client/src/room/suggestions/readSuggestions.ts';
import { seededRandom } from '../helpers/seededRandom.ts';

/**
 * The editor's suggesting mode through TipTap's real Yjs binding: edits made in ProseMirror are
 * rewritten by the plugin, and `@tiptap/y-tiptap` writes the final document into a Y.XmlFragment.
 * What lands in Yjs must be marked words (attributes `{id, by, party, at}`), never a removal of
 * existing words.
 */
const schema = getSchema([StarterKit.configure({ undoRedo: false }), InsertionMark, DeletionMark]);
const ANNA: Suggester = { by: 'anna', party: 'pa' };
const BORIS: Suggester = { by: 'boris', party: 'pb' };

type Judge = (before: ProseMirrorNode, after: ProseMirrorNode) => string | null;

function setup(text: string, problem?: Judge) {
  const ydoc = new Y.Doc();
  // A clause record's shape: the body is a fragment under the record (read by `readSuggestions`).
  const record = ydoc.getMap<unknown>('clause');
  const fragment = new Y.XmlFragment();
  record.set('body', fragment);
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  fragment.insert(0, [paragraph]);
  const { doc, meta } = initProseMirrorDoc(fragment, schema);
  let author: Suggester | null = ANNA;
  const blocked: string[] = [];
  let state = EditorState.create({
    doc,
    plugins: [
      suggestChangesPlugin({
        suggester: () => author,
        onBlocked: (reason) => blocked.push(reason),
        ...(problem ? { problem } : {}),
      }),
    ],
  });
  return {
    fragment,
    record,
    blocked,
    as(next: Suggester | null) {
      author = next;
    },
    edit(change: (state: EditorState) => ReturnType<EditorState['tr']['insertText']>) {
      state = state.apply(change(state));
      ydoc.transact(() => updateYFragment(ydoc, fragment, state.doc, meta));
      return state;
    },
    get state() {
      return state;
    },
  };
}

/** The fragment's one paragraph as runs of text with their suggestion marks. */
function runs(fragment: Y.XmlFragment) {
  const paragraph = fragment.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('no text');
  return (text.toDelta() as { insert: string; attributes?: Record<string, unknown> }[]).map((run) => ({
    text: run.insert,
    insertion: run.attributes?.[INSERTION_MARK] ?? null,
    deletion: run.attributes?.[DELETION_MARK] ?? null,
  }));
}

const plain = (pm: ProseMirrorNode) => pm.textContent;

describe('suggesting mode through the Yjs binding', () => {
  it('types under an insertion mark with the author, one suggestion per run of typing', () => {
    const editor = setup('The parties agree.');
    editor.edit((state) => state.tr.insertText(' all', 12));
    editor.edit((state) => state.tr.insertText(' three', 16));
    const result = runs(editor.fragment);
    expect(result.map((run) => run.text)).toEqual(['The parties', ' all three', ' agree.']);
    const mark = suggestionAttributesSchema.parse(result[1]?.insertion);
    expect(mark).toMatchObject({ by: 'anna', party: 'pa' });
    expect(result[0]?.insertion).toBeNull();
  });

  it('deleting existing words marks them for deletion instead of removing them; Backspace keeps the caret before them', () => {
    const editor = setup('The parties agree.');
    editor.edit((current) => current.tr.setSelection(TextSelection.create(current.doc, 13)));
    const state = editor.edit((current) => current.tr.delete(5, 13));
    expect(plain(state.doc)).toBe('The parties agree.');
    expect(state.selection.head).toBe(5);
    const result = runs(editor.fragment);
    expect(result.map((run) => run.text)).toEqual(['The ', 'parties ', 'agree.']);
    expect(suggestionAttributesSchema.parse(result[1]?.deletion)).toMatchObject({ by: 'anna', party: 'pa' });
  });

  it('typing over a selection proposes both: the old words struck through, then the new ones', () => {
    const editor = setup('The parties agree.');
    editor.edit((state) => state.tr.setSelection(TextSelection.create(state.doc, 13, 18)));
    editor.edit((state) => state.tr.insertText('consent'));
    const result = runs(editor.fragment);
    expect(result.map((run) => run.text)).toEqual(['The parties ', 'agree', 'consent', '.']);
    expect(result[1]?.deletion).not.toBeNull();
    expect(result[2]?.insertion).not.toBeNull();
    expect(editor.state.selection.head).toBe(25);
  });

  it("deleting one's own pending insertion removes it for real; another's insertion is marked for deletion", () => {
    const editor = setup('Agreed.');
    editor.edit((state) => state.tr.insertText(' now', 7));
    editor.edit((state) => state.tr.delete(7, 11));
    expect(runs(editor.fragment)).toEqual([{ text: 'Agreed.', insertion: null, deletion: null }]);
    editor.edit((state) => state.tr.insertText(' soon', 7));
    editor.as(BORIS);
    editor.edit((state) => state.tr.delete(8, 12));
    const result = runs(editor.fragment);
    expect(result.map((run) => run.text)).toEqual(['Agreed', ' ', 'soon', '.']);
    expect(result[2]?.insertion).toMatchObject({ by: 'anna' });
    expect(result[2]?.deletion).toMatchObject({ by: 'boris', party: 'pb' });
    // The lists read both suggestions from Yjs: Anna's insertion and Boris's deletion over part of it.
    expect(readSuggestions(editor.record).map(({ kind, by, words }) => ({ kind, by, words }))).toEqual([
      { kind: 'insertion', by: 'anna', words: ' soon' },
      { kind: 'deletion', by: 'boris', words: 'soon' },
    ]);
  });

  it('splitting a paragraph is not made while suggesting, with the reason; direct editing is unchanged', () => {
    const editor = setup('One. Two.');
    const before = editor.state.doc;
    editor.edit((state) => state.tr.split(6));
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(editor.blocked).toEqual([NOT_WHILE_SUGGESTING]);
    editor.as(null);
    editor.edit((state) => state.tr.delete(1, 6));
    expect(runs(editor.fragment)).toEqual([{ text: 'Two.', insertion: null, deletion: null }]);
  });
});

describe('the shared rules judge the edit before it is sent', () => {
  const delegate = (participantId: string, partyId: string): Participant => ({
    participantId: participantId as ParticipantId,
    partyId: partyId as PartyId,
    role: 'delegate',
    name: participantId,
  });
  /** As the room sets it up: the rule the server's gate applies, for whoever is suggesting now. */
  const judgeAs =
    (who: () => Participant): Judge =>
    (before, after) =>
      suggestionEditProblem(markedBlocksOf(before), markedBlocksOf(after), who(), true);

  it("a delegate's edit of another's suggestion is not made, with the reason; their own suggesting goes through", () => {
    let who = delegate('anna', 'pa');
    const editor = setup(
      'Agreed.',
      judgeAs(() => who),
    );
    editor.edit((state) => state.tr.insertText(' soon', 7));
    expect(editor.blocked).toEqual([]);
    who = delegate('boris', 'pb');
    editor.as(BORIS);
    const before = editor.state.doc;
    // Typing into the middle of Anna's words, and striking them.
    editor.edit((state) => state.tr.insertText('x', 10));
    editor.edit((state) => state.tr.delete(8, 12));
    expect(editor.state.doc.eq(before)).toBe(true);
    expect(editor.blocked).toHaveLength(2);
    expect(editor.blocked[0]).toMatch(/^Not changed: the suggestion “[^”]*” is someone else’s/);
    // Striking an original word is his to propose.
    editor.edit((state) => state.tr.delete(1, 7));
    expect(editor.blocked).toHaveLength(2);
    expect(runs(editor.fragment)[0]).toMatchObject({ text: 'Agreed', deletion: { by: 'boris' } });
  });
});

describe('a new paragraph while suggesting', () => {
  it('Enter at the end of a paragraph starts an empty one; what is typed in it is an insertion', () => {
    const editor = setup('One.');
    editor.edit((state) => state.tr.split(5));
    expect(editor.blocked).toEqual([]);
    expect(editor.fragment.length).toBe(2);
    editor.edit((state) => state.tr.insertText('Two.', 7));
    const second = editor.fragment.get(1);
    const text = second instanceof Y.XmlElement ? second.get(0) : null;
    if (!(text instanceof Y.XmlText)) throw new Error('no text in the new paragraph');
    const delta = text.toDelta() as { insert: string; attributes?: Record<string, unknown> }[];
    expect(delta).toHaveLength(1);
    expect(delta[0]?.insert).toBe('Two.');
    expect(suggestionAttributesSchema.parse(delta[0]?.attributes?.[INSERTION_MARK])).toMatchObject({ by: 'anna' });
    expect(runs(editor.fragment)).toEqual([{ text: 'One.', insertion: null, deletion: null }]);
  });
});

describe('suggesting mode, random edits', () => {
  it('two authors at random (typing, deleting, typing over a selection): no existing word is ever removed, every mark is well formed', () => {
    const original = 'The Parties shall share the waters of the northern basin equitably.';
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const next = seededRandom(seed);
      const editor = setup(original);
      for (let round = 0; round < 40; round += 1) {
        const author = next() < 0.5 ? ANNA : BORIS;
        editor.as(author);
        editor.edit((state) => {
          const size = state.doc.content.size - 2;
          const from = 1 + Math.floor(next() * (size + 1));
          const to = Math.min(1 + size, from + Math.floor(next() * 6));
          const choice = next();
          if (choice < 0.4) return state.tr.insertText(next() < 0.5 ? 'x' : ' new words', from);
          if (choice < 0.8) return state.tr.delete(from, to);
          return state.tr.setSelection(TextSelection.create(state.doc, from, to)).insertText('y');
        });
        const result = runs(editor.fragment);
        const kept = result.filter((run) => run.insertion === null);
        expect(kept.map((run) => run.text).join(''), `seed ${seed}, round ${round}`).toBe(original);
        for (const run of result) {
          if (run.insertion !== null) expect(suggestionAttributesSchema.safeParse(run.insertion).success).toBe(true);
          if (run.deletion !== null) expect(suggestionAttributesSchema.safeParse(run.deletion).success).toBe(true);
        }
      }
    }
  });
});
