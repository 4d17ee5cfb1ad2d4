/** Most item ids remembered per feed: far more than a feed lists at once, small enough for storage.local. */
export const MAX_SEEN_PER_FEED = 2_000;

// cyrb53: a fast 53-bit string hash. Ids (often long URLs) are kept as ~11-character hashes so thousands fit
// in storage; a collision would only skip one item, and at 53 bits it is vanishingly rare.
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The ids of a feed's items already read, oldest first, capped: remembering a new one past the cap forgets the
 * oldest, which by then has long left the feed.
 */
export class SeenItems {
  private readonly order: string[];
  private readonly set: Set<string>;

  constructor(
    stored: unknown = [],
    private readonly cap = MAX_SEEN_PER_FEED,
  ) {
    const list = Array.isArray(stored)
      ? stored.filter((x): x is string => typeof x === 'string' && x.length < 32)
      : [];
    this.order = list.slice(-cap);
    this.set = new Set(this.order);
  }

  /** Whether the item with this id was read before. */
  has(id: string): boolean {
    return this.set.has(hash53(id));
  }

  /** Remembers an item as read. */
  add(id: string): void {
    const key = hash53(id);
    if (this.set.has(key)) return;
    this.order.push(key);
    this.set.add(key);
    while (this.order.length > this.cap) {
      const dropped = this.order.shift();
      if (dropped !== undefined) this.set.delete(dropped);
    }
  }

  /** The stored form: hashes, oldest first. */
  toJSON(): string[] {
    return [...this.order];
  }
}
