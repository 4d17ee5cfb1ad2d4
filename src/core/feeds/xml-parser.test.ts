import { describe, expect, it } from 'vitest';
import { parseXml } from './xml-parser.ts';
import { attributeOf, childText, elementChildren, findChild, textContent } from './xml-query.ts';
import type { XmlElement, XmlParseResult } from './xml-types.ts';

function root(result: XmlParseResult): XmlElement {
  if (!result.ok) throw new Error(result.error.message);
  return result.root;
}

describe('parseXml', () => {
  it('reads elements, attributes, text, CDATA and skips comments and PIs', () => {
    const doc = root(
      parseXml(
        `<?xml version="1.0"?><!-- c --><a x="1" y='two &amp; three'><b>hi <![CDATA[<raw> & ]]>there</b><?pi data?><c/></a>`,
      ),
    );
    expect(doc.name).toBe('a');
    expect(attributeOf(doc, 'x')).toBe('1');
    expect(attributeOf(doc, 'y')).toBe('two & three');
    expect(elementChildren(doc).map((e) => e.name)).toEqual(['b', 'c']);
    expect(textContent(findChild(doc, 'b', ['']) as XmlElement)).toBe('hi <raw> & there');
  });

  it('decodes the predefined entities and numeric references', () => {
    const doc = root(parseXml('<t>&lt;&gt;&amp;&quot;&apos; &#65;&#x42; &#x1F600; &#146;</t>'));
    expect(textContent(doc)).toBe(`<>&"' AB \u{1F600} \u2019`);
  });

  it('resolves namespaces by declaration, with the xml prefix and fallbacks for undeclared ones', () => {
    const doc = root(
      parseXml(
        '<r xmlns="urn:d" xmlns:c="urn:c" xml:base="http://x/"><c:e/><f/><g xmlns=""/><dc:date>1</dc:date></r>',
        { fallbackPrefixes: { dc: 'urn:dc' } },
      ),
    );
    expect(doc.ns).toBe('urn:d');
    expect(attributeOf(doc, 'base', 'http://www.w3.org/XML/1998/namespace')).toBe('http://x/');
    expect(elementChildren(doc).map((e) => [e.local, e.ns])).toEqual([
      ['e', 'urn:c'],
      ['f', 'urn:d'],
      ['g', ''],
      ['date', 'urn:dc'],
    ]);
    expect(childText(doc, 'date', ['urn:dc'])).toBe('1');
  });

  it('keeps a stray ampersand and unknown entities as text (best effort)', () => {
    expect(textContent(root(parseXml('<t>AT&T & co &unknown; &amp</t>')))).toBe('AT&T & co &unknown; &amp');
  });

  it('does not expand entities declared in a DOCTYPE (billion laughs)', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '',
    );
    const xml = `<!DOCTYPE lolz [<!ENTITY lol0 "lol">${lol}]><lolz>&lol9;</lolz>`;
    const doc = root(parseXml(xml));
    expect(textContent(doc)).toBe('&lol9;');
  });

  it('reports malformed XML with line and column', () => {
    const result = parseXml('<a>\n  <b>text</c>\n</a>');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe('malformed');
    expect(result.error.message).toBe('not well-formed at line 2, column 10: expected </b> but found </c>');
    expect([result.error.line, result.error.column]).toEqual([2, 10]);
  });

  it.each([
    ['<a><b></a>', 'expected </b> but found </a>'],
    ['<a>', 'the document ends before </a>'],
    ['<a x=1/>', 'must be quoted'],
    ['<a x="1" x="2"/>', 'appears twice'],
    ['text<a/>', 'text before the root element'],
    ['<a><!-- never', 'a comment is never closed'],
    ['', 'no root element'],
    ['<a x="<"/>', '"<" inside the value'],
    ['<a><!DOCTYPE x></a>', 'unexpected "<!"'],
  ])('rejects %j', (xml, fragment) => {
    const result = parseXml(xml);
    expect(result.ok ? 'parsed' : result.error.message).toContain(fragment);
  });

  it('checks but does not store subtrees the keep filter refuses', () => {
    const keep = (el: XmlElement) => el.local !== 'skip';
    const doc = root(parseXml('<a><skip><x>1</x></skip><b>2</b></a>', { keep, maxElements: 2 }));
    expect(elementChildren(doc).map((e) => e.name)).toEqual(['b']);
    const broken = parseXml('<a><skip><x></skip></a>', { keep });
    expect(broken.ok).toBe(false);
  });

  it('ignores prototype names used as prefixes or entities', () => {
    const doc = root(
      parseXml('<constructor:a><__proto__:b>&constructor;&toString;</__proto__:b></constructor:a>', {
        fallbackPrefixes: { dc: 'urn:dc' },
      }),
    );
    expect(doc.ns).toBe('');
    expect(textContent(doc)).toBe('&constructor;&toString;');
  });

  it('enforces the caps on size, depth and element count', () => {
    const tooBig = parseXml(`<a>${'x'.repeat(2000)}</a>`, { maxChars: 1000 });
    const tooDeep = parseXml(`${'<a>'.repeat(101)}${'</a>'.repeat(101)}`);
    const tooMany = parseXml(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 });
    expect([tooBig, tooDeep, tooMany].map((r) => (r.ok ? 'ok' : r.error.kind))).toEqual([
      'too-large',
      'too-deep',
      'too-large',
    ]);
  });

  it('stays linear on hostile input', () => {
    const hostile = [
      `<a>${'&'.repeat(1_000_000)}</a>`,
      `<a>${'&#'.repeat(500_000)}</a>`,
      `<a ${'b'.repeat(1_000_000)}`,
      `<a>${'<!--'.repeat(250_000)}`,
      `<!DOCTYPE [${'['.repeat(1_000_000)}`,
      `<a>${'<b x="1" y="2">'.repeat(90)}${'</b>'.repeat(90)}</a>`.repeat(1),
    ];
    const start = performance.now();
    for (const xml of hostile) parseXml(xml);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
