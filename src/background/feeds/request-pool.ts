/** How polite the feed reader is: requests in flight overall, and the gap between two starts on one origin. */
export interface PoolOptions {
  maxInFlight: number;
  originSpacingMs: number;
}

/** Defaults: three requests at a time, one at a time per origin, at least 250 ms apart. */
export const DEFAULT_POOL_OPTIONS: PoolOptions = { maxInFlight: 3, originSpacingMs: 250 };

interface Waiting {
  origin: string;
  start: () => void;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Runs requests with a cap on how many are in flight and per-origin spacing: one request at a time to an
 * origin, its starts at least `originSpacingMs` apart. A free slot goes to the first waiting request whose
 * origin is ready, so a slow site never holds up the others.
 */
export class RequestPool {
  private inFlight = 0;
  private readonly busy = new Set<string>();
  private readonly lastStart = new Map<string, number>();
  private readonly queue: Waiting[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: PoolOptions = DEFAULT_POOL_OPTIONS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs `task` (a request to `url`) when the pool allows; resolves or rejects with it. */
  run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const origin = originOf(url);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({
        origin,
        start: () => {
          task()
            .then(resolve, reject)
            .finally(() => {
              this.inFlight--;
              this.busy.delete(origin);
              this.pump();
            });
        },
      });
      this.pump();
    });
  }

  /** Requests waiting for a slot or for their origin. */
  get waiting(): number {
    return this.queue.length;
  }

  private readyAt(origin: string): number {
    if (this.busy.has(origin)) return Infinity;
    return (this.lastStart.get(origin) ?? -Infinity) + this.options.originSpacingMs;
  }

  private pump(): void {
    while (this.inFlight < this.options.maxInFlight && this.queue.length > 0) {
      const now = this.now();
      const index = this.queue.findIndex((w) => this.readyAt(w.origin) <= now);
      if (index < 0) break;
      const [next] = this.queue.splice(index, 1);
      if (!next) break;
      this.inFlight++;
      this.busy.add(next.origin);
      this.lastStart.set(next.origin, now);
      next.start();
    }
    this.armTimer();
  }

  // When requests wait only for their origin's spacing, wake up when the first of them may go.
  private armTimer(): void {
    if (this.timer !== undefined || this.inFlight >= this.options.maxInFlight || this.queue.length === 0)
      return;
    const soonest = Math.min(...this.queue.map((w) => this.readyAt(w.origin)));
    if (!Number.isFinite(soonest)) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.pump();
      },
      Math.max(0, soonest - this.now()),
    );
  }
}
