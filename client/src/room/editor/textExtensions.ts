import { MEDIATOR_AUTHOR_COLOR } from '@parley/shared';
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { HolderLook } from './BracketMark.ts';
import { BracketMark } from './BracketMark.ts';
import type { EditorWords } from './editorWords.ts';
import { DeletionMark, InsertionMark } from './SuggestionMarks.ts';

/** What the text's marks read at each drawing: the latest rules, words and names, through refs. */
export interface TextLook {
  /** The party behind a bracket's holder id, and whether the local participant may change its words. */
  readonly describeHolder: (holder: string) => HolderLook;
  readonly words: () => EditorWords;
  /** A suggestion author's name, or null while the page does not know it. */
  readonly nameOf: (participantId: string) => string | null;
}

/**
 * The extensions that make a text's schema and its look (paragraphs, lists, formatting, brackets,
 * suggestions): the live editor adds its behaviour on top; the static rendering of a clause that is
 * off screen uses these alone, so both draw the same HTML.
 */
export function textExtensions(look: TextLook): AnyExtension[] {
  return [
    // Collaboration brings its own undo manager (only this user's changes), so StarterKit's is off.
    StarterKit.configure({ undoRedo: false }),
    BracketMark.configure({ describeHolder: look.describeHolder, words: look.words }),
    // Suggestions name their author and party, in the party's colour (a mediator's in the mediator's grey).
    ...[InsertionMark, DeletionMark].map((mark) =>
      mark.configure({
        describeAuthor: (by, party) => {
          const holder =
            party === null
              ? { name: look.words().holderNames.mediator, color: MEDIATOR_AUTHOR_COLOR }
              : look.describeHolder(party);
          const person = look.nameOf(by);
          return person === null ? holder : { ...holder, name: `${person} (${holder.name})` };
        },
        describe: (kind, attrs, author) => look.words().suggestionTitle(kind, attrs, author),
      }),
    ),
  ];
}
