import { BRACKET_MARK } from '@parley/shared';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

/**
 * `collectTextRuns` skips a nested text whose `_hasFormatting` is false (no format item was ever
 * integrated into it). This pins the Yjs behaviour that shortcut relies on, for every way a format
 * item arrives, on texts nested as a wording's are (a root type loses the flag when Yjs retypes it).
 */
describe('Yjs marks a text that holds formatting (the bracket reading relies on it)', () => {
  const textOf = (doc: Y.Doc): Y.XmlText => {
    const text = doc.getMap('clauses').get('c');
    if (!(text instanceof Y.XmlText)) throw new Error('no text');
    return text;
  };
  const bracket = { [BRACKET_MARK]: { holder: 'p1', reason: 'substance' } };

  it('is set by a local format, by an applied update and by a loaded state; plain text leaves it unset', () => {
    const typing = new Y.Doc();
    typing.getMap('clauses').set('c', new Y.XmlText());
    textOf(typing).insert(0, 'plain words');

    const plain = new Y.Doc();
    Y.applyUpdate(plain, Y.encodeStateAsUpdate(typing));
    expect(textOf(plain)._hasFormatting).toBe(false);

    // A format arriving later, in an update, sets it.
    const sent = Y.encodeStateVector(typing);
    textOf(typing).format(0, 5, bracket);
    expect(textOf(typing)._hasFormatting).toBe(true);
    Y.applyUpdate(plain, Y.encodeStateAsUpdate(typing, sent));
    expect(textOf(plain)._hasFormatting).toBe(true);

    // Loaded whole from a stored state.
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(typing));
    expect(textOf(loaded)._hasFormatting).toBe(true);
  });
});
