import type { Page, Worker } from '@playwright/test';
import { expect, test } from '../fixtures.ts';
import { startFeedServer } from '../feed-server.ts';
import { askBackground, storedClaims, updateSettings } from '../page-helpers.ts';
import type { FeedStatus } from '../../src/shared/data-views.ts';

type Status = FeedStatus & { progress: { done: number; total: number } | null };

/**
 * Headless Chromium cannot answer the browser's permission prompt, so the tests stand in for the reader's
 * "Allow": the worker's permission check says yes. It must run before the background first asks.
 */
async function allowAllHosts(background: Worker): Promise<void> {
  await background.evaluate(() => {
    const yes = () => Promise.resolve(true);
    const native = (globalThis as { browser?: { permissions?: { contains: unknown } } }).browser;
    chrome.permissions.contains = yes as typeof chrome.permissions.contains;
    if (native?.permissions) native.permissions.contains = yes;
  });
}

function source(id: string, name: string, domains: string[], feeds: string[]) {
  return {
    id,
    name,
    domains,
    enabled: true,
    trust: 'neutral',
    factChecker: false,
    feeds: feeds.map((url) => ({ url, enabled: true })),
  };
}

async function refresh(options: Page): Promise<Status[]> {
  await askBackground(options, 'refresh-feeds', {});
  return askBackground<Status[]>(options, 'feed-status', {});
}

test('a feed the reader never opened brings claims that dispute the article they read', async ({
  background,
  server,
  context,
  openOptions,
  openPopup,
  readPage,
}) => {
  await allowAllHosts(background);
  const feedUrl = server.url('tribune', '/rss.xml');
  await updateSettings(background, {
    sources: [source('tribune', 'Tverskaya Tribune', ['tribune.test'], [feedUrl])],
  });
  const options = await openOptions();

  const [status] = await refresh(options);
  expect(status).toMatchObject({
    url: feedUrl,
    enabled: true,
    permitted: true,
    error: null,
    itemsRead: 3,
    refreshing: false,
  });
  expect(status!.claimsAdded).toBeGreaterThan(0);
  expect(status!.lastRead).not.toBeNull();

  // The feed-only story was fetched from its link and its quotes stored as the Tribune's, origin "feed".
  const claims = await storedClaims(background);
  const feedOnly = claims.filter((c) => c.source.url.endsWith('/kremlin-account.html'));
  expect(feedOnly.length).toBeGreaterThan(0);
  expect(feedOnly.every((c) => c.origin === 'feed' && c.source.outlet === 'Tverskaya Tribune')).toBe(true);
  expect(feedOnly.some((c) => c.text.includes('Istanbul') || c.text.includes('venue'))).toBe(true);
  // No credentials went along: the fixture server saw no cookies.
  const tribuneRequests = server.requests.filter((r) => r.host.startsWith('tribune.test'));
  expect(tribuneRequests.every((r) => !r.headers.cookie)).toBe(true);

  // The reader opens the Ledger's story: the Kremlin's account from the feed disputes it.
  const page = await context.newPage();
  const { report } = await readPage(page, server.url('ledger', '/trump-putin-call.html'));
  const fromFeed = report.quotes
    .flatMap((q) => q.conflicts)
    .filter((c) => c.url.endsWith('/kremlin-account.html'));
  expect(fromFeed.length, 'a conflict comes from the feed-only page').toBeGreaterThan(0);
  const popup = await openPopup(page);
  await expect(popup.getByTestId('conflict').filter({ hasText: 'Tverskaya Tribune' }).first()).toBeVisible();

  // A second refresh asks conditionally, hears "not modified", and fetches no page again.
  const before = server.requests.length;
  const [again] = await refresh(options);
  const second = server.requests.slice(before).filter((r) => r.host.startsWith('tribune.test'));
  expect(second.map((r) => [r.path, r.status])).toEqual([['/rss.xml', 304]]);
  expect(second[0]!.headers['if-none-match']).toBeTruthy();
  expect(second[0]!.headers['if-modified-since']).toBeTruthy();
  expect(again).toMatchObject({ itemsRead: 3, claimsAdded: status!.claimsAdded, error: null });
});

test('bad feeds each get a clear state and do not disturb a good one', async ({
  background,
  server,
  openOptions,
}) => {
  const generated = await startFeedServer({ feeds: 0, items: 0, bigItems: 10_000 });
  try {
    await allowAllHosts(background);
    const bad = (name: string) => server.url('badfeeds', `/${name}`);
    const names = [
      'malformed.xml',
      'missing.xml',
      'not-a-feed.xml',
      'bomb.xml',
      'win1252.xml',
      'relative-links.xml',
      'no-links.xml',
    ];
    await updateSettings(background, {
      sources: [
        source('harborview', 'Harborview Gazette', ['badfeeds.test'], names.map(bad)),
        source('big', 'Big Feed', ['big.test'], [generated.bigFeedUrl()]),
        source('tribune', 'Tverskaya Tribune', ['tribune.test'], [server.url('tribune', '/rss.xml')]),
      ],
    });
    const options = await openOptions();
    const statuses = await refresh(options);
    const of = (url: string) => statuses.find((s) => s.url === url)!;

    expect(of(bad('malformed.xml')).error).toMatch(/^not a feed \(malformed XML\).*line 16, column 43/);
    expect(of(bad('missing.xml')).error).toBe('not found (404)');
    expect(of(bad('not-a-feed.xml')).error).toMatch(/^not a feed: .*web page/);
    for (const name of ['malformed.xml', 'missing.xml', 'not-a-feed.xml'])
      expect(of(bad(name)).itemsRead).toBe(0);
    // The bomb is read without expanding anything; its items' pages are read as any others.
    expect(of(bad('bomb.xml')).error).toBeNull();
    expect(of(bad('win1252.xml'))).toMatchObject({ error: null, itemsRead: 1 });
    expect(of(bad('relative-links.xml')).itemsRead).toBeGreaterThanOrEqual(3);
    expect(of(bad('no-links.xml')).itemsRead).toBe(2);
    // 10,000 items: the parser keeps 500, a refresh reads 100 of them (turning the feed on read it once
    // already), and nothing else is held up.
    const big = of(generated.bigFeedUrl());
    expect(big.error).toBeNull();
    expect([100, 200]).toContain(big.itemsRead);
    expect(of(server.url('tribune', '/rss.xml'))).toMatchObject({ error: null, itemsRead: 3 });

    const claims = await storedClaims(background);
    expect(claims.some((c) => c.text.includes('&lol9;') || c.text.length > 10_000)).toBe(false);
    expect(claims.filter((c) => c.source.domain === 'big.test').length).toBe(big.itemsRead);
    expect(server.requests.some((r) => r.path.includes('javascript'))).toBe(false);
  } finally {
    await generated.close();
  }
});

test('without the reader’s permission a feed stays off and says why', async ({
  background,
  server,
  openOptions,
}) => {
  const feedUrl = server.url('tribune', '/rss.xml');
  const before = server.requests.length;
  await updateSettings(background, {
    sources: [source('tribune', 'Tverskaya Tribune', ['tribune.test'], [feedUrl])],
  });
  const options = await openOptions();
  const [status] = await refresh(options);
  expect(status).toMatchObject({ url: feedUrl, permitted: false, itemsRead: 0, lastRead: null });
  expect(status!.error).toMatch(/^permission missing/);
  expect(server.requests.slice(before).filter((r) => r.host.startsWith('tribune.test'))).toEqual([]);
});
