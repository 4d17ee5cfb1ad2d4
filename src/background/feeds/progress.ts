/** How far a running refresh has got with one feed: items done out of the new items found. */
export interface FeedProgress {
  done: number;
  total: number;
}

/**
 * Progress of the refresh in this worker, kept in memory on purpose: if the worker stops, so does the refresh,
 * and no stale "reading now" survives it.
 */
export class RefreshProgress {
  private readonly feeds = new Map<string, FeedProgress>();

  /** Starts tracking the feeds a refresh is about to read. */
  start(urls: readonly string[]): void {
    this.feeds.clear();
    for (const url of urls) this.feeds.set(url, { done: 0, total: 0 });
  }

  /** Adds items found new in a feed. */
  found(url: string, items: number): void {
    const p = this.feeds.get(url);
    if (p) p.total += items;
  }

  /** Counts one item of a feed as done. */
  itemDone(url: string): void {
    const p = this.feeds.get(url);
    if (p) p.done += 1;
  }

  /** A feed is finished: it is no longer being read. */
  finish(url: string): void {
    this.feeds.delete(url);
  }

  /** Ends the refresh. */
  clear(): void {
    this.feeds.clear();
  }

  /** The progress of a feed being read, or undefined when it is not. */
  of(url: string): FeedProgress | undefined {
    const p = this.feeds.get(url);
    return p && { ...p };
  }

  /** Whether any feed is being read. */
  get active(): boolean {
    return this.feeds.size > 0;
  }
}
