/** What Counterclaim remembers of one feed between reads (kept in storage.local: the worker may stop anytime). */
export interface FeedRecord {
  url: string;
  /** Epoch ms of the last read that reached the server and got an answer, or null. */
  lastRead: number | null;
  /** Epoch ms of the last attempt, successful or not. */
  lastAttempt: number | null;
  /** When the feed is due again (interval, or backoff after failures). */
  nextReadAt: number;
  /** Items read in all (from the feed's own text or from their pages). */
  itemsRead: number;
  claimsAdded: number;
  /** The last error in words, or null after a good read. */
  error: string | null;
  consecutiveFailures: number;
  etag?: string;
  lastModified?: string;
}

/** A feed never read: due at once. */
export function freshRecord(url: string): FeedRecord {
  return {
    url,
    lastRead: null,
    lastAttempt: null,
    nextReadAt: 0,
    itemsRead: 0,
    claimsAdded: 0,
    error: null,
    consecutiveFailures: 0,
  };
}

const num = (v: unknown, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const short = (v: unknown, max: number): string | undefined =>
  typeof v === 'string' && v.length <= max ? v : undefined;

/** A stored record read back defensively: anything malformed becomes the fresh value for that field. */
export function readRecord(url: string, stored: unknown): FeedRecord {
  const base = freshRecord(url);
  if (!stored || typeof stored !== 'object') return base;
  const s = stored as Record<string, unknown>;
  const etag = short(s.etag, 1024);
  const lastModified = short(s.lastModified, 1024);
  return {
    url,
    lastRead: numOrNull(s.lastRead),
    lastAttempt: numOrNull(s.lastAttempt),
    nextReadAt: num(s.nextReadAt, 0),
    itemsRead: num(s.itemsRead, 0),
    claimsAdded: num(s.claimsAdded, 0),
    error: short(s.error, 2000) ?? null,
    consecutiveFailures: num(s.consecutiveFailures, 0),
    ...(etag ? { etag } : {}),
    ...(lastModified ? { lastModified } : {}),
  };
}

/**
 * Whether a feed is read now: when it is due, or on the reader's "Refresh now" when it is healthy. A feed that is
 * failing waits out its backoff and any Retry-After the server asked for, refresh or not.
 */
export function isDue(record: FeedRecord, force: boolean, now: number): boolean {
  return record.nextReadAt <= now || (force && record.consecutiveFailures === 0);
}
