import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clauseWordingBracketed } from './ClauseWording.ts';
import { appendParagraph } from './RichText.ts';
import { DELETION_MARK, INSERTION_MARK } from './Suggestion.ts';

const suggestion = (id: string, party: string | null) => ({ id, by: 'panna', party, at: 1_764_597_900_000 });

/** One clause's fields in a document of their own, the body one paragraph written by `write`. */
function clauseWith(words: string, write: (text: Y.XmlText) => void) {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment('body');
  const heading = doc.getText('heading');
  doc.transact(() => {
    const text = appendParagraph(body, words).get(0);
    if (text instanceof Y.XmlText) write(text);
  });
  return { heading, body, options: [] };
}

describe('a clause’s wording as the history and the revision compare read it', () => {
  it('shows brackets as [ ] and pending suggestions as CriticMarkup, nested as the marks are', () => {
    const clause = clauseWith('The Parties shall meet monthly in Geneva.', (text) => {
      // "shall" proposed for deletion by the mediator; "monthly" bracketed by Ruritania, with
      // "in Geneva" proposed by Ruritania and running out of the bracket's end.
      text.format(12, 6, { [DELETION_MARK]: suggestion('del1', null) });
      text.format(23, 7, { bracket: { holder: 'pruritania', reason: 'substance' } });
      text.format(27, 13, { [INSERTION_MARK]: suggestion('ins1', 'pruritania') });
    });
    expect(clauseWordingBracketed(clause)).toBe('The Parties {--shall --}meet [mont{++hly++}]{++ in Geneva++}.');
  });

  it('keeps two suggestions side by side apart, and a deletion over an insertion reads as the deletion', () => {
    const clause = clauseWith('one two three', (text) => {
      text.format(0, 4, { [INSERTION_MARK]: suggestion('a', 'pruritania') });
      text.format(4, 4, { [INSERTION_MARK]: suggestion('b', 'pborduria') });
      text.format(8, 5, { [INSERTION_MARK]: suggestion('c', 'pruritania'), [DELETION_MARK]: suggestion('d', null) });
    });
    expect(clauseWordingBracketed(clause)).toBe('{++one ++}{++two ++}{--three--}');
  });

  it('is the plain words when nothing is marked', () => {
    expect(clauseWordingBracketed(clauseWith('Plain words.', () => {}))).toBe('Plain words.');
  });
});
