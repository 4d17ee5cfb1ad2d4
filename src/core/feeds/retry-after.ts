const MAX_SECONDS = 7 * 24 * 60 * 60;

/**
 * Reads a Retry-After header (delta-seconds or an HTTP date) into milliseconds from `nowMs`, for
 * nextFetchDelay's retryAfterMs; undefined when absent or unreadable, and never more than a week.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  const s = value?.trim();
  if (!s || s.length > 64) return undefined;
  if (/^\d+$/.test(s)) return Math.min(Number(s), MAX_SECONDS) * 1000;
  const at = Date.parse(s);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - nowMs), MAX_SECONDS * 1000);
}
