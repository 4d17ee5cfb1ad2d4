/** What nextFetchDelay needs to know about a feed. */
export interface FeedScheduleState {
  /** Failed reads in a row since the last success (0 when healthy). */
  consecutiveFailures: number;
  /** A server-requested wait (from Retry-After), honoured as a minimum. */
  retryAfterMs?: number;
}

/** The reader's interval and the longest wait a failing feed may get. */
export interface BackoffPolicy {
  intervalMs: number;
  maxMs: number;
}

/** Defaults: read every 60 minutes; a failing feed waits at most a day. */
export const DEFAULT_BACKOFF: BackoffPolicy = { intervalMs: 60 * 60_000, maxMs: 24 * 60 * 60_000 };

/**
 * Milliseconds until a feed should be read again: the interval when healthy, doubled per failure in a row up to
 * the cap, so a feed that keeps failing is asked less and less often, never more often than a healthy one.
 */
export function nextFetchDelay(state: FeedScheduleState, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const interval = Math.max(0, policy.intervalMs);
  const cap = Math.max(interval, policy.maxMs);
  const failures = Math.max(0, Math.floor(state.consecutiveFailures || 0));
  // 2^failures is clamped before multiplying so a long outage cannot overflow into Infinity.
  const delay = failures === 0 ? interval : Math.min(cap, interval * 2 ** Math.min(failures, 30));
  const asked = state.retryAfterMs && state.retryAfterMs > 0 ? Math.min(state.retryAfterMs, cap) : 0;
  return Math.max(delay, asked);
}
