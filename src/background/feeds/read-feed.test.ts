import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Source } from '../../shared/settings.ts';
import { FeedBook, type KeyValueArea } from './feed-book.ts';
import type { ConfiguredFeed } from './feed-list.ts';
import type { Fetched } from './fetch-capped.ts';
import { RefreshProgress } from './progress.ts';
import { readFeed, type FeedDeps } from './read-feed.ts';

// The feed book falls back to storage.local; these tests always hand it a map instead.
vi.mock('../../shared/browser.ts', () => ({ browser: {} }));

class MapArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  get(keys: string | string[] | null) {
    const wanted = keys === null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return Promise.resolve(
      Object.fromEntries(
        wanted.filter((k) => this.data.has(k)).map((k) => [k, structuredClone(this.data.get(k))]),
      ),
    );
  }
  set(items: Record<string, unknown>) {
    for (const [k, v] of Object.entries(items)) this.data.set(k, structuredClone(v));
    return Promise.resolve();
  }
  remove(keys: string | string[]) {
    for (const k of typeof keys === 'string' ? [keys] : keys) this.data.delete(k);
    return Promise.resolve();
  }
}

const FEED = 'https://tribune.example/rss.xml';
const source: Source = {
  ...defaultSettings.sources[0]!,
  id: 'tribune',
  name: 'Tverskaya Tribune',
  domains: ['tribune.example'],
};
const feed: ConfiguredFeed = { url: FEED, source, enabled: true };

const rss = (items: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>${items}</channel></rss>`,
  );
const linked = (n: number) =>
  `<item><title>Story ${n}</title><link>story-${n}.html</link><guid>s${n}</guid></item>`;
const inFeed = `<item><title>Brief</title><guid>brief</guid><content:encoded><![CDATA[<p>“The talks will start in Istanbul,” Yuri Ushakov said.</p>]]></content:encoded></item>`;
const page = (url: string): Fetched => ({
  kind: 'ok',
  bytes: new TextEncoder().encode('<html></html>'),
  url,
  contentType: 'text/html',
});
const quote = {
  text: 'The venue has not changed',
  kind: 'direct' as const,
  speaker: { name: 'Yuri Ushakov', kind: 'person' as const },
  cue: { text: 'said', lemma: 'say', stance: 'assert' as const },
};

function setup(answers: (url: string, headers: Record<string, string>) => Fetched) {
  const requests: { url: string; headers: Record<string, string> }[] = [];
  const stored: { url: string; claims: number }[] = [];
  const deps: FeedDeps = {
    fetch: (url, headers) => {
      requests.push({ url, headers });
      return Promise.resolve(answers(url, headers));
    },
    extract: (_html, url) =>
      Promise.resolve({
        status: 'article',
        page: {
          url,
          canonicalUrl: url,
          outlet: '',
          domain: '',
          headline: '',
          published: '2025-05-19',
          authors: [],
        },
        quotes: [{ ...quote, start: 0, end: 25, prefix: '', suffix: '' }],
        claimReviews: [],
        textLength: 25,
      }),
    store: {
      putPageClaims: (p, claims) => {
        stored.push({ url: p.url, claims: claims.length });
        return Promise.resolve({ added: claims.length, skipped: 0 });
      },
    },
    now: () => 1_000_000,
    progress: new RefreshProgress(),
    policy: { intervalMs: 60_000, maxMs: 600_000 },
    maxNewItems: 100,
  };
  return { deps, requests, stored };
}

describe('readFeed', () => {
  it('reads new items from their pages or the feed, stores their claims, then asks conditionally', async () => {
    const area = new MapArea();
    const { deps, requests, stored } = setup((url, headers) => {
      if (url !== FEED) return page(url);
      if (headers['If-None-Match'] === '"v1"') return { kind: 'not-modified' };
      return {
        kind: 'ok',
        bytes: rss(linked(1) + linked(2) + inFeed),
        url: FEED,
        contentType: 'application/rss+xml',
        etag: '"v1"',
      };
    });
    const book = await FeedBook.open([FEED], area);
    await readFeed(feed, book, deps);
    expect(requests.map((r) => r.url)).toEqual([
      FEED,
      'https://tribune.example/story-1.html',
      'https://tribune.example/story-2.html',
    ]);
    expect(stored.map((s) => s.url)).toContain('https://tribune.example/story-1.html');
    expect(book.record(FEED)).toMatchObject({
      itemsRead: 3,
      error: null,
      etag: '"v1"',
      lastRead: 1_000_000,
      nextReadAt: 1_060_000,
    });

    // A new worker opens the book from storage: the second read sends the validator and fetches nothing else.
    const again = await FeedBook.open([FEED], area);
    await readFeed(feed, again, deps);
    expect(requests.slice(3)).toEqual([{ url: FEED, headers: { 'If-None-Match': '"v1"' } }]);
    expect(again.record(FEED).itemsRead).toBe(3);
  });

  it('reads only items it has not read before', async () => {
    const area = new MapArea();
    let items = linked(1);
    const { deps, requests } = setup((url) =>
      url === FEED ? { kind: 'ok', bytes: rss(items), url: FEED, contentType: '' } : page(url),
    );
    await readFeed(feed, await FeedBook.open([FEED], area), deps);
    items = linked(2) + linked(1);
    await readFeed(feed, await FeedBook.open([FEED], area), deps);
    expect(requests.map((r) => r.url).filter((u) => u !== FEED)).toEqual([
      'https://tribune.example/story-1.html',
      'https://tribune.example/story-2.html',
    ]);
  });

  it('gives a failing feed its error in words and backs off more each time', async () => {
    const area = new MapArea();
    const { deps } = setup(() => ({ kind: 'failed', failure: { kind: 'http', status: 404 } }));
    const book = await FeedBook.open([FEED], area);
    await readFeed(feed, book, deps);
    const first = book.record(FEED);
    await readFeed(feed, book, deps);
    expect(first).toMatchObject({ error: 'not found (404)', consecutiveFailures: 1, lastRead: null });
    expect(book.record(FEED).consecutiveFailures).toBe(2);
    expect(book.record(FEED).nextReadAt - 1_000_000).toBeGreaterThan(first.nextReadAt - 1_000_000);
  });

  it('says a malformed feed is not a feed, and keeps no validators for it', async () => {
    const { deps } = setup(() => ({
      kind: 'ok',
      bytes: new TextEncoder().encode('<rss><channel><title>x</description>'),
      url: FEED,
      contentType: '',
      etag: '"bad"',
    }));
    const book = await FeedBook.open([FEED], new MapArea());
    await readFeed(feed, book, deps);
    expect(book.record(FEED).error).toMatch(/^not a feed \(malformed XML\)/);
    expect(book.record(FEED).etag).toBeUndefined();
  });

  it('keeps no validators while items are left to read, so the next read is not answered "not modified"', async () => {
    const { deps } = setup((url) =>
      url === FEED
        ? {
            kind: 'ok',
            bytes: rss(linked(1) + linked(2) + linked(3)),
            url: FEED,
            contentType: '',
            etag: '"v"',
          }
        : page(url),
    );
    const book = await FeedBook.open([FEED], new MapArea());
    await readFeed(feed, book, { ...deps, maxNewItems: 2 });
    expect(book.record(FEED)).toMatchObject({ itemsRead: 2, error: null });
    expect(book.record(FEED).etag).toBeUndefined();
  });

  it('counts a page that cannot be read against the item, not the feed', async () => {
    const { deps } = setup((url) =>
      url === FEED
        ? { kind: 'ok', bytes: rss(linked(1) + linked(2)), url: FEED, contentType: '' }
        : url.endsWith('1.html')
          ? { kind: 'failed', failure: { kind: 'timeout' } }
          : page(url),
    );
    const book = await FeedBook.open([FEED], new MapArea());
    await readFeed(feed, book, deps);
    expect(book.record(FEED)).toMatchObject({
      itemsRead: 1,
      consecutiveFailures: 0,
      error: '1 of 2 articles could not be read (timed out)',
    });
    expect(book.seen(FEED).has('s1')).toBe(false);
    expect(book.seen(FEED).has('s2')).toBe(true);
  });
});
