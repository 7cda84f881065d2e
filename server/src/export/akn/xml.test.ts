import { describe, expect, it } from 'vitest';
import { el, escapeAttribute, escapeText, serializeXml } from './xml.ts';

describe('the XML builder of the Akoma Ntoso export', () => {
  it('escapes text and attributes once, and drops what XML 1.0 cannot hold', () => {
    expect(escapeText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    expect(escapeAttribute('say "hi"\n\tnow & <then>')).toBe('say &quot;hi&quot;&#10;&#9;now &amp; &lt;then&gt;');
    // A control character and a lone surrogate go; a character outside the BMP (two code units) stays.
    expect(escapeText('a\u0001b\uD800c\u{1F600}d\uFFFEe')).toBe('abc\u{1F600}de');
    expect(escapeText('tab\tline\nreturn\r')).toBe('tab\tline\nreturn\r');
  });

  it('leaves out undefined attributes and empty children, and flattens lists of children', () => {
    const node = el('a', { x: '1', y: undefined }, null, false, undefined, [el('b'), 'text'], el('c', { z: '&' }));
    expect(serializeXml(node)).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<a x="1"><b/>text<c z="&amp;"/></a>\n');
  });

  it('indents element-only content, and never adds whitespace inside text', () => {
    const mixed = new Set(['p']);
    const xml = serializeXml(
      el('root', {}, el('p', {}, el('b', {}, 'bold'), el('i', {}, 'italic')), el('list', {}, el('item', {}, 'one'))),
      mixed,
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<root>',
        '  <p><b>bold</b><i>italic</i></p>',
        '  <list>',
        '    <item>one</item>',
        '  </list>',
        '</root>',
        '',
      ].join('\n'),
    );
  });
});
