import { browser } from '../../shared/browser.ts';
import { freshRecord, readRecord, type FeedRecord } from './feed-record.ts';
import { SeenItems } from './seen-items.ts';

/** The part of storage.local the feed book uses; a Map-backed fake in tests. */
export interface KeyValueArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** The storage key of every feed's record (url → FeedRecord). */
export const FEEDS_KEY = 'feeds';
/** Seen item ids live under one key per feed, so saving one feed's progress does not rewrite the others'. */
export const SEEN_PREFIX = 'feed-seen:';

const localArea = (): KeyValueArea => browser.storage.local as unknown as KeyValueArea;

/** Every stored feed record, by URL. */
export async function loadFeedRecords(area: KeyValueArea = localArea()): Promise<Map<string, FeedRecord>> {
  const stored = (await area.get(FEEDS_KEY))[FEEDS_KEY];
  const out = new Map<string, FeedRecord>();
  if (stored && typeof stored === 'object') {
    for (const [url, value] of Object.entries(stored as Record<string, unknown>))
      out.set(url, readRecord(url, value));
  }
  return out;
}

/**
 * The feeds' records and seen ids during one refresh: read once, changed in memory, written back through one
 * queue so concurrent feed readers never overwrite each other's progress. Feeds no longer configured are dropped.
 */
export class FeedBook {
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly area: KeyValueArea,
    private readonly records: Map<string, FeedRecord>,
    private readonly seenLists: Map<string, SeenItems>,
  ) {}

  /** Opens the book for the configured feed URLs, forgetting the state of feeds that were removed. */
  static async open(urls: readonly string[], area: KeyValueArea = localArea()): Promise<FeedBook> {
    const stored = await loadFeedRecords(area);
    const everything = await area.get(null);
    const records = new Map<string, FeedRecord>();
    const seen = new Map<string, SeenItems>();
    for (const url of urls) {
      records.set(url, stored.get(url) ?? freshRecord(url));
      seen.set(url, new SeenItems(everything[SEEN_PREFIX + url]));
    }
    const wanted = new Set(urls.map((u) => SEEN_PREFIX + u));
    const stale = Object.keys(everything).filter((k) => k.startsWith(SEEN_PREFIX) && !wanted.has(k));
    if (stale.length > 0) await area.remove(stale);
    const book = new FeedBook(area, records, seen);
    await book.save([]);
    return book;
  }

  /** The record of a configured feed. */
  record(url: string): FeedRecord {
    return this.records.get(url) ?? freshRecord(url);
  }

  /** Changes a feed's record in memory (saved by the next `save`). */
  update(url: string, change: (record: FeedRecord) => FeedRecord): FeedRecord {
    const next = change(this.record(url));
    this.records.set(url, next);
    return next;
  }

  /** The ids already read of a feed. */
  seen(url: string): SeenItems {
    let list = this.seenLists.get(url);
    if (!list) this.seenLists.set(url, (list = new SeenItems()));
    return list;
  }

  /** Writes every record, and the seen ids of the given feeds, after any write still in progress. */
  save(seenOf: readonly string[]): Promise<void> {
    const items: Record<string, unknown> = { [FEEDS_KEY]: Object.fromEntries(this.records) };
    for (const url of seenOf) items[SEEN_PREFIX + url] = this.seen(url).toJSON();
    // A failed write must not block the ones after it; the caller still hears of it.
    const write = this.writes.catch(() => undefined).then(() => this.area.set(items));
    this.writes = write;
    return write;
  }
}
