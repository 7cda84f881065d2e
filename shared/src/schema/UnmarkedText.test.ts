import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { carriesNoMark, unmarkedWords } from './UnmarkedText.ts';

function nestedText(): { doc: Y.Doc; text: Y.XmlText } {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  doc.getXmlFragment('body').insert(0, [paragraph]);
  const text = new Y.XmlText();
  paragraph.insert(0, [text]);
  return { doc, text };
}

describe('reading the words of a text without walking its delta', () => {
  it('gives the visible words of a plain text, deletions left out', () => {
    const { text } = nestedText();
    text.insert(0, 'The Parties shall');
    text.delete(4, 8);
    text.insert(text.length, ' cooperate');
    expect(carriesNoMark(text)).toBe(true);
    expect(unmarkedWords(text)).toBe(
      text
        .toDelta()
        .map((op: { insert: string }) => op.insert)
        .join(''),
    );
    expect(unmarkedWords(text)).toBe('The shall cooperate');
  });

  it('declines once a mark was ever put on the text, even after it is removed', () => {
    const { text } = nestedText();
    text.insert(0, 'bracketed words');
    text.format(0, 9, { bracket: { holder: 'p1', reason: 'substance' } });
    expect(unmarkedWords(text)).toBeNull();
    text.format(0, 9, { bracket: null });
    expect(carriesNoMark(text)).toBe(false);
  });

  it('declines for a mark that arrives through an update from another document', () => {
    const { doc, text } = nestedText();
    text.insert(0, 'words');
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const copy = (other.getXmlFragment('body').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    expect(unmarkedWords(copy)).toBe('words');
    text.format(0, 2, { bold: true });
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(unmarkedWords(copy)).toBeNull();
  });

  it('declines for a root text, whose flag a class change can lose', () => {
    const doc = new Y.Doc();
    const root = doc.getText('root');
    root.insert(0, 'plain');
    expect(carriesNoMark(root)).toBe(false);
  });
});
