import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKOFF, nextFetchDelay } from './fetch-backoff.ts';

const HOUR = 60 * 60_000;

describe('nextFetchDelay', () => {
  it('waits the interval when the feed is healthy', () => {
    expect(nextFetchDelay({ consecutiveFailures: 0 })).toBe(DEFAULT_BACKOFF.intervalMs);
  });

  it('doubles per failure in a row up to the cap, never overflowing', () => {
    const delays = [1, 2, 3, 4, 5, 6, 1000].map((n) => nextFetchDelay({ consecutiveFailures: n }));
    expect(delays).toEqual([2, 4, 8, 16, 24, 24, 24].map((h) => h * HOUR));
  });

  it('honours a Retry-After as a minimum, within the cap', () => {
    expect(nextFetchDelay({ consecutiveFailures: 1, retryAfterMs: 5 * HOUR })).toBe(5 * HOUR);
    expect(nextFetchDelay({ consecutiveFailures: 0, retryAfterMs: 1e12 })).toBe(24 * HOUR);
  });

  it('uses the policy given and never returns less than the interval', () => {
    const policy = { intervalMs: 15 * 60_000, maxMs: HOUR };
    expect(nextFetchDelay({ consecutiveFailures: 1 }, policy)).toBe(30 * 60_000);
    expect(nextFetchDelay({ consecutiveFailures: 9 }, policy)).toBe(HOUR);
    expect(nextFetchDelay({ consecutiveFailures: -3 }, { intervalMs: 2 * HOUR, maxMs: HOUR })).toBe(2 * HOUR);
  });
});
