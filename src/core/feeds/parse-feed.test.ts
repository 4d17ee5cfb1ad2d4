import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Feed, FeedResult } from './feed-types.ts';
import { parseFeed } from './parse-feed.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function feedOf(result: FeedResult): Feed {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.feed;
}

describe('parseFeed on RSS 2.0', () => {
  const feed = feedOf(parseFeed(fixture('ledger-rss2.xml'), 'https://ledger.test/world/feed.xml'));

  it('reads the channel', () => {
    expect(feed.format).toBe('rss2');
    expect(feed.title).toBe('The Ledger & Wire — World');
    expect(feed.link).toBe('https://ledger.test/world/');
  });

  it('reads items with absolute links, ISO dates, authors and content:encoded', () => {
    const [harbour, budget] = feed.items;
    expect(harbour).toMatchObject({
      id: 'ledger-2024-0117',
      title: 'Harbour talks stall as port authority rejects deal',
      link: 'https://ledger.test/world/harbour-talks-stall',
      published: '2024-01-17T08:30:00.000Z',
      author: 'Mara Lind',
      summary: 'The port authority said no agreement was reached.',
    });
    expect(harbour?.contentHtml).toContain('<p>“There was no agreement on tariffs,”');
    expect(budget).toMatchObject({
      id: 'https://ledger.test/politics/budget',
      title: 'Minister: "budget will balance"',
      published: '2024-01-16T18:05:00.000Z',
      author: 'Politics Desk',
    });
    expect(budget?.contentHtml).toBeUndefined();
  });

  it('keeps an item without a link that has content and skips one with nothing to read', () => {
    expect(feed.items).toHaveLength(3);
    const correction = feed.items[2];
    expect(correction?.link).toBeUndefined();
    expect(correction?.id).toMatch(/^hash:[0-9a-f]{8}$/);
    expect(correction?.summary).toContain('misnamed the union leader');
    expect(feed.skipped).toEqual({ noLink: 1, overCap: 0 });
  });
});

describe('parseFeed on Atom 1.0', () => {
  const feed = feedOf(parseFeed(fixture('wire-atom.xml'), 'https://wire.test/feeds/atom.xml'));

  it('resolves links against xml:base, nested xml:base included', () => {
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Wire Service');
    expect(feed.link).toBe('https://wire.test/');
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://wire.test/news/harbour/denial',
      'https://wire.test/markets/bonds-rise',
      undefined,
    ]);
  });

  it('reads html titles, published before updated, and per-entry or feed authors', () => {
    const [denial, bonds] = feed.items;
    expect(denial).toMatchObject({
      id: 'tag:wire.test,2024:harbour-denial',
      title: 'Port authority denies tariff deal',
      published: '2024-01-17T07:15:00.000Z',
      author: 'Wire Staff',
      summary: 'The authority denied any tariff agreement.',
    });
    expect(bonds).toMatchObject({ published: '2024-01-16T16:00:00.000Z', author: 'Lena Ortiz' });
  });

  it('turns xhtml, html and text content into HTML', () => {
    const [denial, bonds, plain] = feed.items;
    expect(denial?.contentHtml).toContain(
      '<p>“We agreed on tariffs,” union leader Ada Kern told reporters.</p>',
    );
    expect(denial?.contentHtml).toContain('<q>nothing was signed</q>');
    expect(denial?.contentHtml).not.toContain('xmlns');
    expect(bonds?.contentHtml).toBe('<p>Yields rose, the central bank said.</p><p>Second paragraph.</p>');
    expect(plain?.contentHtml).toBe(
      '<p>First line of a plain body.</p><p>Second paragraph &lt;not a tag&gt;.</p>',
    );
  });
});

describe('parseFeed on RSS 1.0 (RDF)', () => {
  const feed = feedOf(parseFeed(fixture('courier-rdf.xml'), 'https://courier.test/rss'));

  it('reads the channel and the sibling items', () => {
    expect(feed).toMatchObject({ format: 'rdf', title: 'The Courier', link: 'https://courier.test/' });
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({
      id: 'https://courier.test/2024/01/harbour',
      link: 'https://courier.test/2024/01/harbour',
      published: '2024-01-17T07:00:00.000Z',
      author: 'Ivo Brandt',
      contentHtml: '<p>“We won,” Ada Kern said.</p>',
    });
    expect(feed.items[1]?.published).toBe('2024-01-16T00:00:00.000Z');
  });
});

describe('parseFeed links', () => {
  it('resolves relative links against the feed URL and drops non-http ones', () => {
    const xml = `<rss><channel><title>t</title>
      <item><title>a</title><link>../story-a</link></item>
      <item><title>b</title><link>javascript:alert(1)</link><description>body</description></item>
      <item><title>c</title><link>//cdn.test/c</link></item>
      <item xml:base="https://other.test/dir/"><title>d</title><link>d.html</link></item>
    </channel></rss>`;
    const feed = feedOf(parseFeed(xml, 'https://site.test/feeds/rss.xml'));
    expect(feed.items.map((i) => i.link)).toEqual([
      'https://site.test/story-a',
      undefined,
      'https://cdn.test/c',
      'https://other.test/dir/d.html',
    ]);
  });

  it('uses an absolute permalink guid when there is no link', () => {
    const xml = `<rss><channel><item><guid>https://site.test/g</guid><title>x</title></item>
      <item><guid>12345</guid><title>y</title></item></channel></rss>`;
    const feed = feedOf(parseFeed(xml, 'https://site.test/rss'));
    expect(feed.items.map((i) => i.link)).toEqual(['https://site.test/g']);
    expect(feed.skipped.noLink).toBe(1);
  });
});
