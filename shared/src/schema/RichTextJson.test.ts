import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { appendParagraph } from './RichText.ts';
import { replaceRichText, richTextJsonSchema, richTextToJson, sameRichText } from './RichTextJson.ts';

describe('rich text as JSON (what undoing "Keep this option" rebuilds from)', () => {
  it('round-trips blocks, marks with their attributes and lists into another document', () => {
    const source = new Y.Doc();
    const fragment = source.getXmlFragment('a');
    source.transact(() => {
      const first = appendParagraph(fragment, 'Deploy 9,000 troops.');
      const words = first.get(0);
      if (words instanceof Y.XmlText) {
        words.format(0, 6, { bold: true });
        words.format(7, 5, { bracket: { holder: 'pruritania', reason: 'substance' } });
      }
      const list = new Y.XmlElement('bulletList');
      const item = new Y.XmlElement('listItem');
      list.insert(0, [item]);
      fragment.push([list]);
      appendParagraph(item, 'First point');
    });
    const json = richTextToJson(fragment);
    expect(richTextJsonSchema.parse(JSON.parse(JSON.stringify(json)))).toEqual(json);

    const target = new Y.Doc();
    const copy = target.getXmlFragment('b');
    target.getXmlFragment('b').insert(0, [new Y.XmlText('to be replaced')]);
    target.transact(() => replaceRichText(copy, json));
    expect(copy.toString()).toBe(fragment.toString());
    expect(sameRichText(richTextToJson(copy), json)).toBe(true);
    expect(sameRichText(richTextToJson(copy), [])).toBe(false);
  });
});
