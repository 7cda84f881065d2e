import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { authorSpans } from './authorSpans.ts';

/** A text written by two clients in turn: A's words, B's words inside them, then A deletes some of B's. */
function sharedText() {
  const a = new Y.Doc();
  a.clientID = 1;
  const b = new Y.Doc();
  b.clientID = 2;
  const textA = a.get('t', Y.XmlText);
  textA.insert(0, 'The Parties meet.');
  textA.format(4, 7, { bold: true });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  const textB = b.get('t', Y.XmlText);
  textB.insert(11, ' shall not');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  textA.delete(17, 4);
  return textA;
}

describe('authorSpans', () => {
  it('follows the items behind the text, counting as toDelta does (formats take no room, deletions none)', () => {
    const text = sharedText();
    expect(text.toString()).toContain('The <bold>Parties</bold> shall meet.');
    const author = (clientId: number) => (clientId === 1 ? 'A' : clientId === 2 ? 'B' : undefined);
    const plain = (text.toDelta() as { insert: string }[]).map((op) => op.insert).join('');
    expect(
      authorSpans(text, author).map((span) => ({ author: span.author, text: plain.slice(span.from, span.to) })),
    ).toEqual([
      { author: 'A', text: 'The Parties' },
      { author: 'B', text: ' shall' },
      { author: 'A', text: ' meet.' },
    ]);
  });
});
