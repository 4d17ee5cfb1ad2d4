import {
  conditionalHeaders,
  newItems,
  nextFetchDelay,
  parseFeed,
  type BackoffPolicy,
} from '../../core/feeds/index.ts';
import type { FeedBook } from './feed-book.ts';
import type { ConfiguredFeed } from './feed-list.ts';
import type { FeedRecord } from './feed-record.ts';
import { feedErrorWords, fetchFailureWords } from './failure-words.ts';
import type { RefreshProgress } from './progress.ts';
import { readItem, type ItemDeps } from './read-item.ts';

/** What reading a feed needs beyond reading its items. */
export interface FeedDeps extends ItemDeps {
  progress: RefreshProgress;
  policy: BackoffPolicy;
  /** New items read per feed and refresh; the rest wait for the next refresh (a 10,000-item feed). */
  maxNewItems: number;
}

/** Items between two saves of a feed's progress, so a stopped worker re-reads at most this many. */
const SAVE_EVERY = 10;

function failed(
  record: FeedRecord,
  words: string,
  now: number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
): FeedRecord {
  const consecutiveFailures = record.consecutiveFailures + 1;
  const delay = nextFetchDelay({ consecutiveFailures, ...(retryAfterMs ? { retryAfterMs } : {}) }, policy);
  return { ...record, error: words, consecutiveFailures, lastAttempt: now, nextReadAt: now + delay };
}

function succeeded(record: FeedRecord, now: number, policy: BackoffPolicy, error: string | null): FeedRecord {
  return {
    ...record,
    error,
    consecutiveFailures: 0,
    lastAttempt: now,
    lastRead: now,
    nextReadAt: now + nextFetchDelay({ consecutiveFailures: 0 }, policy),
  };
}

/**
 * Reads one feed: a conditional GET (304: nothing new), the new items only, each item's claims stored. A feed
 * that fails gets its error in words and backs off; its validators are kept only once every new item was
 * read, so a read cut short is finished next time instead of being answered "not modified".
 */
export async function readFeed(feed: ConfiguredFeed, book: FeedBook, deps: FeedDeps): Promise<void> {
  const { url } = feed;
  const start = deps.now();
  const fetched = await deps.fetch(url, conditionalHeaders(book.record(url)));
  if (fetched.kind === 'not-modified') {
    book.update(url, (r) => succeeded(r, start, deps.policy, null));
    return book.save([]);
  }
  if (fetched.kind === 'failed') {
    const f = fetched.failure;
    book.update(url, (r) =>
      failed(r, fetchFailureWords(f), start, deps.policy, f.kind === 'http' ? f.retryAfterMs : undefined),
    );
    return book.save([]);
  }
  const parsed = parseFeed(fetched.bytes, fetched.url, fetched.contentType);
  if (!parsed.ok) {
    book.update(url, (r) => failed(r, feedErrorWords(parsed.error), start, deps.policy));
    return book.save([]);
  }
  const seen = book.seen(url);
  const fresh = newItems(parsed.feed.items, seen);
  const batch = fresh.slice(0, deps.maxNewItems);
  deps.progress.found(url, batch.length);
  let unfinished = fresh.length - batch.length;
  let firstProblem: string | null = null;
  let problems = 0;
  for (const [index, item] of batch.entries()) {
    const outcome = await readItem(item, fetched.url, feed.source.name, deps);
    if (outcome.ok || !outcome.retry) seen.add(item.id);
    if (outcome.ok) {
      book.update(url, (r) => ({
        ...r,
        itemsRead: r.itemsRead + 1,
        claimsAdded: r.claimsAdded + outcome.claimsAdded,
      }));
    } else {
      problems += 1;
      firstProblem ??= outcome.words;
      if (outcome.retry) unfinished += 1;
    }
    deps.progress.itemDone(url);
    if ((index + 1) % SAVE_EVERY === 0) await book.save([url]);
  }
  const note =
    problems > 0 ? `${problems} of ${batch.length} articles could not be read (${firstProblem})` : null;
  book.update(url, (r) => {
    const done = succeeded(r, start, deps.policy, note);
    if (unfinished > 0) return { ...done, etag: undefined, lastModified: undefined };
    return {
      ...done,
      ...(fetched.etag ? { etag: fetched.etag } : {}),
      ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}),
    };
  });
  return book.save([url]);
}
