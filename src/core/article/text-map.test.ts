import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { fixtureUrl, loadFixtures, parseFixture } from './fixtures.test-helper.ts';
import { readArticle } from './index.ts';

function read(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return readArticle(document as unknown as Document);
}

/** A small deterministic generator so failures can be replayed. */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('text map', () => {
  it('collapses whitespace across inline elements and maps both ways', () => {
    const r = read(
      '<article><p>  The   minister <a href="#">said</a>\n on <em>Mon<b>day</b></em>   that  </p><p>Next\tpara.</p></article>',
    );
    expect(r.text).toBe('The minister said on Monday that\n\nNext para.');
    const start = r.text.indexOf('said on Mon');
    const pos = r.map.toDomPositions(start, start + 'said on Mon'.length);
    expect(pos?.startNode.data).toBe('said');
    expect(pos?.startOffset).toBe(0);
    expect(pos?.endNode.data).toBe('Mon');
    expect(pos?.endOffset).toBe(3);
    const collapsed = r.text.indexOf(' that');
    const space = r.map.toDomPositions(collapsed, collapsed + 1);
    expect(space?.startNode.data).toBe('   that  ');
    expect([space?.startOffset, space?.endOffset]).toEqual([0, 3]);
  });

  it('rejects invalid offsets and positions outside the article', () => {
    const r = read('<nav><a href="/">Home</a></nav><article><p>Some words here.</p></article>');
    expect(r.map.toDomPositions(-1, 2)).toBeNull();
    expect(r.map.toDomPositions(3, 2)).toBeNull();
    expect(r.map.toDomPositions(0, r.text.length + 1)).toBeNull();
    expect(r.map.toDomPositions(0.5, 2)).toBeNull();
    const { document } = parseHTML('<p>elsewhere</p>');
    const outside = document.querySelector('p')?.firstChild;
    expect(outside === null || outside === undefined ? 'missing' : r.map.fromDom(outside, 0)).toBeNull();
  });

  it('resolves element boundary points to the text inside them', () => {
    const r = read('<article><p>Alpha <em>beta</em> gamma.</p></article>');
    const p = r.blocks[0]?.element;
    expect(p).toBeDefined();
    if (p === undefined) return;
    expect(r.map.fromDom(p, 0)).toBe(0);
    expect(r.map.fromDom(p, 1)).toBe(r.text.indexOf('beta'));
    expect(r.map.fromDom(p, 3)).toBe(r.text.length);
  });

  it('drops soft hyphens and zero-width spaces but keeps the mapping', () => {
    const r = read('<article><p>extra\u00adordinary\u200b words</p></article>');
    expect(r.text).toBe('extraordinary words');
    const pos = r.map.toDomPositions(5, 13);
    expect(pos === null ? null : pos.startNode.data.slice(pos.startOffset, pos.endOffset)).toBe('ordinary');
  });

  it('round-trips random offsets on every fixture', () => {
    const next = rng(42);
    for (const fixture of loadFixtures()) {
      const r = readArticle(parseFixture(fixture), { url: fixtureUrl(fixture.name) });
      const mapped = (i: number): boolean => r.text.charAt(i) !== '\n';
      for (let k = 0; k < 200; k++) {
        const a = Math.floor(next() * r.text.length);
        const b = a + Math.floor(next() * Math.min(300, r.text.length - a));
        if (b <= a || !mapped(a) || !mapped(b - 1)) continue;
        const pos = r.map.toDomPositions(a, b);
        expect(pos, `${fixture.name} ${a}-${b}`).not.toBeNull();
        if (pos === null) continue;
        expect(r.map.fromDom(pos.startNode, pos.startOffset), `${fixture.name} start ${a}`).toBe(a);
        expect(r.map.fromDom(pos.endNode, pos.endOffset), `${fixture.name} end ${b}`).toBe(b);
      }
    }
  });
});
