/** Gives the page's own tasks a turn before ours goes on, so no task of ours grows long. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the page is idle (or after `timeoutMs`), so reading never competes with the page's load. */
export function whenIdle(timeoutMs = 2_000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 50);
  });
}

/**
 * Whether steps are recorded on the page's performance timeline: only in the bench build. The page can read its
 * own timeline, and which of our steps ran (re-anchoring saved highlights, say) would tell it about the store.
 */
const measuring = typeof __COUNTERCLAIM_MEASURE__ !== 'undefined' && __COUNTERCLAIM_MEASURE__ === true;

/**
 * Runs one step of our work; in the bench build it is also recorded as a `counterclaim:` performance measure, so
 * the cost to the page can be read from the page's own performance timeline. Release builds record nothing.
 */
export function timed<T>(name: string, step: () => T): T {
  if (!measuring) return step();
  const start = performance.now();
  try {
    return step();
  } finally {
    try {
      performance.measure(`counterclaim:${name}`, { start, end: performance.now() });
    } catch {
      // A page may replace or break the Performance API; timing is never worth failing for.
    }
  }
}
