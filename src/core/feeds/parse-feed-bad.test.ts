import { describe, expect, it } from 'vitest';
import type { FeedResult } from './feed-types.ts';
import { parseFeed } from './parse-feed.ts';

const URL_ = 'https://site.test/feed.xml';

function errorOf(result: FeedResult) {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

function rss(items: string, decl = '<?xml version="1.0" encoding="utf-8"?>'): string {
  return `${decl}<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
}

describe('parseFeed on bad input', () => {
  it('leaves a billion-laughs entity unexpanded, fast and small', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join(
      '\n',
    );
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY lol0 "lol">\n${lol}\n]>\n${rss(
      '<item><title>&lol9;</title><link>https://site.test/a</link></item>',
      '',
    )}`;
    const start = performance.now();
    const result = parseFeed(xml, URL_);
    expect(performance.now() - start).toBeLessThan(500);
    expect(result.ok && result.feed.items[0]?.title).toBe('&lol9;');
  });

  it('says "not a feed" for an HTML page and names the feed it advertises', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8">
      <link rel="alternate" type="application/rss+xml" href="/rss.xml" title="RSS"></head><body><p>Hi<br></body></html>`;
    const error = errorOf(parseFeed(html, 'https://site.test/news/', 'text/html; charset=utf-8'));
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toBe(
      'this address returns a web page (HTML), not a feed; it points to a feed at https://site.test/rss.xml',
    );
    expect(error.discoveredFeeds).toEqual(['https://site.test/rss.xml']);
  });

  it.each([
    ['{"version":"https://jsonfeed.org/version/1.1"}', 'returns JSON'],
    ['   ', 'empty document'],
    ['Not Found', 'plain text'],
    ['<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>', 'starts with <urlset>'],
    ['<html><body>x</body></html>', 'web page'],
  ])('says "not a feed" for %j', (text, fragment) => {
    const error = errorOf(parseFeed(text, URL_));
    expect(error.code).toBe('not-a-feed');
    expect(error.message).toContain(fragment);
  });

  it('reports malformed XML with its position', () => {
    const error = errorOf(parseFeed('<rss><channel>\n<item><title>x</item></channel></rss>', URL_));
    expect(error.code).toBe('malformed');
    expect(error.message).toBe(
      'the feed cannot be read: not well-formed at line 2, column 15: expected </title> but found </item>',
    );
  });

  it('turns nesting beyond the cap into a "too large" error', () => {
    const error = errorOf(parseFeed(rss(`<item>${'<x>'.repeat(200)}${'</x>'.repeat(200)}</item>`), URL_));
    expect(error).toEqual({
      code: 'too-large',
      message: 'the feed cannot be read: elements are nested more than 100 deep',
    });
  });

  it('counts only channel items against the item cap, not look-alikes inside content', () => {
    const items = ['a', 'b', 'c']
      .map((id) => `<item><guid>${id}</guid><link>/${id}</link><foo><item>nested</item></foo></item>`)
      .join('');
    const result = parseFeed(rss(items), URL_, undefined, { maxItems: 2 });
    expect(result.ok && result.feed.items.map((i) => i.id)).toEqual(['a', 'b']);
    expect(result.ok && result.feed.skipped).toEqual({ noLink: 0, overCap: 1 });
  });

  it('rejects a feed over the size cap before reading it', () => {
    const error = errorOf(parseFeed(new Uint8Array(5 * 1024 * 1024 + 1), URL_));
    expect(error).toEqual({ code: 'too-large', message: 'the feed is larger than 5 MB' });
  });

  it('reads windows-1252 bytes named in the XML declaration', () => {
    const head = rss(
      '<item><title>X</title><link>https://site.test/a</link></item>',
      '<?xml version="1.0" encoding="windows-1252"?>',
    );
    const [before, after] = head.split('X');
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(before),
      0x93,
      0x63,
      0x61,
      0x66,
      0xe9,
      0x94,
      ...new TextEncoder().encode(after),
    ]);
    const result = parseFeed(bytes, URL_);
    expect(result.ok && [result.feed.encoding, result.feed.items[0]?.title]).toEqual([
      'windows-1252',
      '“café”',
    ]);
  });

  it('falls back to windows-1252 when bytes labelled UTF-8 are not UTF-8', () => {
    const [before, after] = rss('<item><title>X</title><link>https://site.test/a</link></item>').split('X');
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(before),
      0xe9,
      ...new TextEncoder().encode(after),
    ]);
    const result = parseFeed(bytes, URL_, 'application/rss+xml; charset=UTF-8');
    expect(result.ok && [result.feed.encoding, result.feed.items[0]?.title]).toEqual(['windows-1252', 'é']);
  });

  it('reads a UTF-16 feed with a byte order mark', () => {
    const text = rss(
      '<item><title>Zürich “talks”</title><link>https://site.test/a</link></item>',
      '<?xml version="1.0" encoding="UTF-16"?>',
    );
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const result = parseFeed(bytes, URL_);
    expect(result.ok && [result.feed.encoding, result.feed.items[0]?.title]).toEqual([
      'utf-16le',
      'Zürich “talks”',
    ]);
  });

  it('gives a clear error for an unknown encoding label', () => {
    const bytes = new TextEncoder().encode(rss('', '<?xml version="1.0" encoding="x-klingon"?>'));
    expect(errorOf(parseFeed(bytes, URL_))).toEqual({
      code: 'encoding',
      message: 'unknown character encoding "x-klingon" in the XML declaration',
    });
  });

  it('reads the first 500 of 10,000 items quickly and counts the rest', () => {
    const items = Array.from(
      { length: 10_000 },
      (_, i) =>
        `<item><title>Story ${i}</title><link>/s/${i}</link><guid>id-${i}</guid><pubDate>Mon, 15 Jan 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Body ${i} of the story.&lt;/p&gt;</description></item>`,
    ).join('\n');
    const bytes = new TextEncoder().encode(rss(items));
    const start = performance.now();
    const result = parseFeed(bytes, URL_);
    const elapsed = performance.now() - start;
    expect(result.ok && result.feed.items.length).toBe(500);
    expect(result.ok && result.feed.skipped).toEqual({ noLink: 0, overCap: 9500 });
    expect(result.ok && result.feed.items[499]?.link).toBe('https://site.test/s/499');
    expect(elapsed).toBeLessThan(3000);
  });
});
