import type { SuggestionAttributes, SuggestionMark } from '@parley/shared';
import { DELETION_MARK, INSERTION_MARK } from '@parley/shared';
import { Mark } from '@tiptap/core';

/** What a suggestion shows of its author: their name (and party) and the party's colour. */
export interface SuggestionAuthorLook {
  readonly name: string;
  readonly color: string;
}

export interface SuggestionMarkOptions {
  /** The person behind a suggestion's `by` and `party` (the editor is created once they are known). */
  readonly describeAuthor: (by: string, party: string | null) => SuggestionAuthorLook;
  /** "Insertion suggested by Rudolf (Ruritania), 1 Dec 2026, 15:04:07", in the reader's language. */
  readonly describe: (kind: SuggestionMark, attrs: SuggestionAttributes, author: string) => string;
}

/** In English, for an editor configured without the interface's words (none in the room is). */
function describeSuggestion(kind: SuggestionMark, attrs: SuggestionAttributes, author: string) {
  const when = new Date(attrs.at).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
  return `${kind === INSERTION_MARK ? 'Insertion' : 'Deletion'} suggested by ${author}, ${when}`;
}

/**
 * A suggestion mark (shared `Suggestion.ts`): `insertion` over proposed words, `deletion` over words
 * proposed for removal. Stored by y-prosemirror as the text attribute of the mark's name whose value
 * is `{id, by, party, at}`, the form the update gate checks against the sender.
 *
 * - Exclusive of itself (ProseMirror's default), so y-prosemirror keys it plainly (not `name--hash`):
 *   a stretch of text carries one insertion and one deletion at most.
 * - Not inclusive: typing beside a suggestion in direct mode does not join it; suggesting mode marks
 *   what it types explicitly.
 * - Below the bracket in priority, so a bracket around suggested words stays one element.
 */
function suggestionMark(name: SuggestionMark, tag: 'ins' | 'del') {
  return Mark.create<SuggestionMarkOptions>({
    name,
    inclusive: false,
    priority: 900,

    addOptions() {
      return { describeAuthor: (by: string) => ({ name: by, color: '#555555' }), describe: describeSuggestion };
    },

    addAttributes() {
      const attribute = (key: keyof SuggestionAttributes, read: (value: string | null) => unknown) => ({
        default: null,
        rendered: false,
        parseHTML: (element: HTMLElement) => read(element.getAttribute(`data-suggestion-${key}`)),
      });
      return {
        id: attribute('id', (value) => value),
        by: attribute('by', (value) => value),
        party: attribute('party', (value) => value),
        at: attribute('at', (value) => (value === null ? null : Number(value))),
      };
    },

    parseHTML() {
      return [{ tag: `${tag}[data-suggestion-id]` }];
    },

    renderHTML({ mark }) {
      const attrs = mark.attrs as SuggestionAttributes;
      const author = this.options.describeAuthor(attrs.by, attrs.party);
      return [
        tag,
        {
          class: `suggestion suggestion--${name}`,
          'data-suggestion-id': attrs.id,
          'data-suggestion-by': attrs.by,
          ...(attrs.party === null ? {} : { 'data-suggestion-party': attrs.party }),
          'data-suggestion-at': String(attrs.at),
          title: this.options.describe(name, attrs, author.name),
          style: `--suggestion-color: ${author.color}`,
        },
        0,
      ];
    },
  });
}

export const InsertionMark = suggestionMark(INSERTION_MARK, 'ins');
export const DeletionMark = suggestionMark(DELETION_MARK, 'del');
