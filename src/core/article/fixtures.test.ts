import { describe, expect, it } from 'vitest';
import { fixtureUrl, loadFixtures, parseFixture } from './fixtures.test-helper.ts';
import { readArticle } from './index.ts';

const fixtures = loadFixtures();

describe('saved article pages', () => {
  it('has at least 14 fixture pages', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  describe.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const read = readArticle(parseFixture(fixture), { url: fixtureUrl(fixture.name) });
    const want = fixture.expected;

    it('is detected as expected', () => {
      expect({ isArticle: read.isArticle, reason: read.reason }).toMatchObject({ isArticle: want.isArticle });
      expect(read.reason === 'not an article').toBe(!want.isArticle);
    });

    it('has the expected metadata', () => {
      expect(read.metadata.outlet).toBe(want.outlet);
      expect(read.metadata.headline).toBe(want.headline);
      expect(read.metadata.published).toBe(want.published);
      if (want.authors !== undefined) expect(read.metadata.authors).toEqual(want.authors);
      if (want.language !== undefined) expect(read.metadata.language).toBe(want.language);
      if (want.dir !== undefined) expect(read.metadata.dir).toBe(want.dir);
    });

    it('contains every expected quote', () => {
      for (const q of want.quotes) expect(read.text, q.text).toContain(q.text);
    });

    it('contains every expected paragraph', () => {
      for (const p of want.paragraphs ?? []) expect(read.text, p).toContain(p);
    });

    it('leaves out page chrome', () => {
      for (const s of want.mustNotContain) expect(read.text, s).not.toContain(s);
      for (const s of want.occursOnce ?? []) expect(read.text.split(s).length - 1, s).toBe(1);
    });

    it('has blocks that tile the text', () => {
      const joined = read.blocks.map((b) => read.text.slice(b.start, b.end)).join('\n\n');
      expect(joined).toBe(read.text);
      for (const b of read.blocks) expect(read.text.slice(b.start, b.end)).not.toMatch(/^\s|\s$|\s\s/);
    });

    it('maps each quote to DOM text that reads the same', () => {
      for (const q of want.quotes) {
        const start = read.text.indexOf(q.text);
        const pos = read.map.toDomPositions(start, start + q.text.length);
        expect(pos, q.text).not.toBeNull();
        if (pos === null) continue;
        expect(read.map.fromDom(pos.startNode, pos.startOffset)).toBe(start);
        expect(read.map.fromDom(pos.endNode, pos.endOffset)).toBe(start + q.text.length);
        if (pos.startNode === pos.endNode) {
          const dom = pos.startNode.data.slice(pos.startOffset, pos.endOffset).split(/\s+/).join(' ');
          expect(dom).toBe(q.text);
        }
      }
    });

    if (want.claimReviews !== undefined) {
      it('reads its ClaimReviews', () => {
        expect(read.claimReviews).toHaveLength(want.claimReviews?.length ?? 0);
        want.claimReviews?.forEach((review, i) => expect(read.claimReviews[i]).toMatchObject(review));
      });
    }
  });

  it('reads the script-inserted page as a placeholder before the script runs', () => {
    const fixture = fixtures.find((f) => f.expected.insertedAfterLoad !== undefined);
    expect(fixture).toBeDefined();
    if (fixture === undefined) return;
    const before = readArticle(parseFixture(fixture, false), { url: fixtureUrl(fixture.name) });
    expect(before.text).not.toContain(fixture.expected.quotes[0]?.text);
  });
});
