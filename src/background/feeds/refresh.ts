import { DEFAULT_BACKOFF } from '../../core/feeds/index.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import type { Settings } from '../../shared/settings.ts';
import { claimStore } from '../store-instance.ts';
import { FeedBook } from './feed-book.ts';
import { configuredFeeds, hasPermission, type ConfiguredFeed } from './feed-list.ts';
import { isDue } from './feed-record.ts';
import { fetchCapped } from './fetch-capped.ts';
import { closeOffscreen } from './offscreen-client.ts';
import { pageExtractor } from './page-extractor.ts';
import { RefreshProgress } from './progress.ts';
import { readFeed, type FeedDeps } from './read-feed.ts';
import { RequestPool } from './request-pool.ts';

/** Feeds read at the same time; each reads its items one by one, so this bounds the memory a refresh holds. */
const FEEDS_AT_ONCE = 8;
/** New items read per feed and refresh. */
const MAX_NEW_ITEMS = 100;

/** The progress of the refresh running in this worker, for the feed-status answer. */
export const refreshProgress = new RefreshProgress();

/** The error shown for a feed whose site the reader has not allowed. */
export const PERMISSION_MISSING = 'permission missing: allow Counterclaim to read this site in the options';

async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  run: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

async function feedsToRead(
  settings: Settings,
  book: FeedBook,
  force: boolean,
  now: number,
): Promise<ConfiguredFeed[]> {
  const out: ConfiguredFeed[] = [];
  for (const feed of configuredFeeds(settings)) {
    if (!feed.enabled || settings.collection === 'never') continue;
    if (!(await hasPermission(feed.url))) {
      book.update(feed.url, (r) => ({ ...r, error: PERMISSION_MISSING }));
      continue;
    }
    if (isDue(book.record(feed.url), force, now)) out.push(feed);
  }
  return out;
}

async function runRefresh(force: boolean): Promise<void> {
  const { settings } = await loadSettings();
  const book = await FeedBook.open(configuredFeeds(settings).map((f) => f.url));
  const feeds = await feedsToRead(settings, book, force, Date.now());
  await book.save([]);
  if (feeds.length === 0) return;
  const pool = new RequestPool();
  const deps: FeedDeps = {
    fetch: (url, headers) => pool.run(url, () => fetchCapped(url, headers)),
    extract: pageExtractor(),
    store: claimStore,
    now: Date.now,
    progress: refreshProgress,
    policy: { intervalMs: settings.feedIntervalMinutes * 60_000, maxMs: DEFAULT_BACKOFF.maxMs },
    maxNewItems: MAX_NEW_ITEMS,
  };
  refreshProgress.start(feeds.map((f) => f.url));
  try {
    await eachLimited(feeds, FEEDS_AT_ONCE, async (feed) => {
      try {
        await readFeed(feed, book, deps);
      } catch (error) {
        // Storage refusing a write, say: this feed records it, the others go on.
        const words = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
        book.update(feed.url, (r) => ({
          ...r,
          error: words,
          consecutiveFailures: r.consecutiveFailures + 1,
        }));
        await book.save([]).catch(() => undefined);
      } finally {
        refreshProgress.finish(feed.url);
      }
    });
  } finally {
    refreshProgress.clear();
    await closeOffscreen();
  }
}

let running: Promise<void> | null = null;
let forcedNext: Promise<void> | null = null;

/**
 * Reads the enabled, permitted feeds: those due (alarm), or all healthy ones (`force`, the reader's "Refresh
 * now"); a failing feed waits out its backoff and Retry-After either way.
 * One refresh runs at a time; a forced one asked for while another runs follows it.
 */
export function refreshFeeds(force: boolean): Promise<void> {
  if (!running) {
    running = runRefresh(force).finally(() => {
      running = null;
    });
    return running;
  }
  if (!force) return running;
  forcedNext ??= running
    .catch(() => undefined)
    .then(() => {
      forcedNext = null;
      return refreshFeeds(true);
    });
  return forcedNext;
}

/** Whether a refresh is running in this worker. */
export function isRefreshing(): boolean {
  return running !== null;
}
