/** Most claim ids held across all cached posting lists: a few megabytes, whatever the store's size. */
const MAX_IDS = 200_000;

/**
 * Posting lists (claim ids per index key) read recently, kept while the service worker lives: consecutive checks
 * share many keys ("said", a speaker's name), and reading them again from IndexedDB is most of a check's
 * database time. Any write to the store empties it; a read that overlapped a write is not kept, so a list never
 * outlives the data it was read from. Losing it (the worker stopping) costs only time.
 */
export class PostingCache {
  private readonly lists = new Map<string, readonly string[]>();
  private held = 0;
  private generation = 0;
  private writes = 0;
  private total: number | null = null;

  /** A token to pass back to `put`: it tells whether a write happened since the read began. */
  begin(): number {
    return this.writes > 0 ? -1 : this.generation;
  }

  /** The cached ids of a key, if held; reading one makes it the most recently used. */
  get(key: string): readonly string[] | undefined {
    const ids = this.lists.get(key);
    if (ids === undefined) return undefined;
    this.lists.delete(key);
    this.lists.set(key, ids);
    return ids;
  }

  /** Keeps the ids read for a key, unless a write began or ended since `token` was taken. */
  put(token: number, key: string, ids: readonly string[]): void {
    if (token !== this.generation || this.writes > 0 || ids.length > MAX_IDS) return;
    const old = this.lists.get(key);
    if (old) this.held -= old.length;
    this.lists.delete(key);
    this.lists.set(key, ids);
    this.held += ids.length;
    for (const [oldest, list] of this.lists) {
      if (this.held <= MAX_IDS) break;
      this.lists.delete(oldest);
      this.held -= list.length;
    }
  }

  /** The cached claim count, if known since the last write. */
  count(): number | null {
    return this.writes > 0 ? null : this.total;
  }

  /** Keeps the claim count read, under the same rule as `put`. */
  putCount(token: number, total: number): void {
    if (token === this.generation && this.writes === 0) this.total = total;
  }

  /** Runs a write: everything cached is forgotten before it starts and again when it ends, however it ends. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    this.invalidate();
    this.writes += 1;
    try {
      return await write();
    } finally {
      this.writes -= 1;
      this.invalidate();
    }
  }

  private invalidate(): void {
    this.generation += 1;
    this.lists.clear();
    this.held = 0;
    this.total = null;
  }
}
