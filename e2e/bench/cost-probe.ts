import type { Page, Worker } from '@playwright/test';
import type { TabReport } from '../../src/shared/report.ts';

/** One timed entry on the page's performance timeline. */
export interface TimedEntry {
  name: string;
  start: number;
  duration: number;
}

/** What Counterclaim cost one page, read from the page's own performance timeline. */
export interface PageCost {
  /** Sum of the `counterclaim:` measures, in ms. */
  total: number;
  /** The longest `counterclaim:` measure, in ms. */
  longest: number;
  /** The name of the longest measure. */
  longestStep: string;
  steps: number;
  /**
   * Our longest task: measures that follow one another with no gap (no yield between them) ran in one task,
   * so they are added up. This is the figure for "no task of ours over 50 ms".
   */
  ourLongestTask: number;
  /** Every long task (over 50 ms) the page's long-task observer saw since the page started loading. */
  longTasks: TimedEntry[];
  /**
   * The longest observed long task that overlaps one of our measures (0 when none does). Chromium does not
   * always report tasks of a content script's isolated world as long tasks, so this can miss ours.
   */
  longTaskDuringOurs: number;
}

/**
 * Init script: records every long task from the first moment of the page, before any page script runs.
 * Written without the page's built-ins that hostile pages replace (map, Promise, JSON).
 */
export function recordLongTasks(): void {
  const tasks: { name: string; start: number; duration: number }[] = [];
  Object.defineProperty(window, '__counterclaimLongTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        tasks.push({ name: e.name, start: e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the list stays empty.
  }
}

/** Reads our measures and the long tasks from the page (plain loops: the page may have broken Array.prototype.map). */
export async function readPageCost(page: Page): Promise<PageCost> {
  return page.evaluate(() => {
    const all = performance.getEntriesByType('measure');
    const ours: { name: string; start: number; duration: number }[] = [];
    for (let i = 0; i < all.length; i++) {
      const m = all[i]!;
      if (m.name.indexOf('counterclaim:') === 0)
        ours.push({ name: m.name, start: m.startTime, duration: m.duration });
    }
    const longTasks = (
      (window as unknown as { __counterclaimLongTasks?: { name: string; start: number; duration: number }[] })
        .__counterclaimLongTasks ?? []
    ).slice();
    let total = 0;
    let longest = 0;
    let longestStep = '';
    for (const m of ours) {
      total += m.duration;
      if (m.duration > longest) [longest, longestStep] = [m.duration, m.name];
    }
    ours.sort((a, b) => a.start - b.start);
    let ourLongestTask = 0;
    let taskStart = Number.NEGATIVE_INFINITY;
    let taskEnd = Number.NEGATIVE_INFINITY;
    for (const m of ours) {
      // Timestamps are coarsened to 0.1 ms: a gap below 0.5 ms means no other task ran in between.
      if (m.start - taskEnd > 0.5) taskStart = m.start;
      taskEnd = Math.max(taskEnd, m.start + m.duration);
      ourLongestTask = Math.max(ourLongestTask, taskEnd - taskStart);
    }
    let longTaskDuringOurs = 0;
    for (const t of longTasks) {
      for (const m of ours) {
        if (t.start < m.start + m.duration && m.start < t.start + t.duration)
          longTaskDuringOurs = Math.max(longTaskDuringOurs, t.duration);
      }
    }
    return { total, longest, longestStep, steps: ours.length, ourLongestTask, longTasks, longTaskDuringOurs };
  });
}

/** Waits until the content script has drawn the background's report (its last step on an article page). */
export async function waitForStep(page: Page, step: string, timeoutMs = 30_000): Promise<void> {
  await page.waitForFunction(
    (name) => performance.getEntriesByName(`counterclaim:${name}`, 'measure').length > 0,
    step,
    { timeout: timeoutMs, polling: 50 },
  );
}

/** The page's JavaScript heap in bytes after two full garbage collections (the isolate holds the content script too). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/** The median of some figures (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Waits for the background's finished report on a page's tab. The tab id is asked for again on every try,
 * because "the active tab" can briefly be another one just after a tab was opened or closed.
 */
export async function waitForTabReport(
  page: Page,
  background: Worker,
  tabIdOf: (page: Page) => Promise<number>,
  timeoutMs = 60_000,
): Promise<TabReport> {
  const deadline = Date.now() + timeoutMs;
  let last = 'none';
  for (;;) {
    const tabId = await tabIdOf(page);
    const report = await background.evaluate(
      async (key) => (await chrome.storage.session.get(key))[key] as TabReport | undefined,
      `tab:${tabId}`,
    );
    if (report && report.status !== 'scanning') return report;
    last = `tab ${tabId}: ${report?.status ?? 'no report'}`;
    if (Date.now() > deadline)
      throw new Error(`no finished report for ${page.url()} after ${timeoutMs} ms (last seen ${last})`);
    await page.waitForTimeout(100);
  }
}
