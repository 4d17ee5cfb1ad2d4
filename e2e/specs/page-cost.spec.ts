import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  heapAfterGc,
  median,
  readPageCost,
  recordLongTasks,
  waitForStep,
  waitForTabReport,
} from '../bench/cost-probe.ts';
import { CpuTrace, formatSplit, medianSplit } from '../bench/cpu-trace.ts';
import { recordFigure } from '../bench/figures.ts';
import { longArticleHtml } from '../bench/long-article.ts';
import { expect, test } from '../fixtures.ts';
import { updateSettings } from '../page-helpers.ts';

// The cost Counterclaim adds to a page is a benchmark: each figure is the median of five runs, printed on one
// line and kept in test-results/page-cost.json, and npm test's summary says whether each met its bar. A test
// fails only on a gross breach, ten times the bar (its name says so), because a loaded machine can slow any run
// several-fold.
// Five runs for the benchmark figures (COUNTERCLAIM_BENCH_RUNS=5); three keep npm test quick.
const runs = Number(process.env.COUNTERCLAIM_BENCH_RUNS ?? 3);
const gross = 10;
const MB = 1024 * 1024;

test.describe.configure({ mode: 'serial' });
// The bench build records our steps on the page's performance timeline; the release build leaves none there.
test.use({ extensionBuild: 'bench' });

function record(name: string, values: number[], unit: string, bar: number | null): number {
  return recordFigure('page-cost', name, median(values), unit, bar, values);
}

interface Run {
  work: number;
  longest: number;
  longestStep: string;
  ourLongestTask: number;
  longTaskDuringOurs: number;
  /** CPU time of the renderer tasks that did anything for us (from a Chrome trace): what load does not inflate. */
  cpu: number;
  longestTaskCpu: number;
  /** That CPU time split by what the tasks did: our steps, loading and starting our script, messaging, painting. */
  byKind: Record<string, number>;
  heap: number;
}

/** Opens the page once in a new tab, waits for Counterclaim to finish (scan drawn, or site turned off) and measures. */
async function measureOnce(
  context: BrowserContext,
  background: Worker,
  tabIdOf: (page: Page) => Promise<number>,
  url: string,
  enabled: boolean,
): Promise<Run> {
  await updateSettings(background, { disabledSites: enabled ? [] : ['hostile.test'] });
  const page = await context.newPage();
  try {
    const trace = enabled ? await CpuTrace.start(page) : null;
    await page.goto(url);
    const report = await waitForTabReport(page, background, tabIdOf);
    expect(report.status).toBe(enabled ? 'article' : 'disabled');
    if (enabled) await waitForStep(page, 'draw-report', 60_000);
    const cost = await readPageCost(page);
    const traced = await trace?.stop();
    const heap = await heapAfterGc(page);
    return {
      work: cost.total,
      longest: cost.longest,
      longestStep: cost.longestStep,
      ourLongestTask: cost.ourLongestTask,
      longTaskDuringOurs: cost.longTaskDuringOurs,
      cpu: traced?.cpu ?? 0,
      longestTaskCpu: traced?.longestCpu ?? 0,
      byKind: traced?.byKind ?? {},
      heap,
    };
  } finally {
    await page.close();
  }
}

/** Five runs with Counterclaim scanning and five with the site turned off, alternated so machine load hits both alike. */
async function measure(
  context: BrowserContext,
  background: Worker,
  tabIdOf: (page: Page) => Promise<number>,
  url: string,
) {
  const on: Run[] = [];
  const off: Run[] = [];
  for (let i = 0; i < runs; i++) {
    on.push(await measureOnce(context, background, tabIdOf, url, true));
    off.push(await measureOnce(context, background, tabIdOf, url, false));
  }
  return { on, off };
}

/**
 * Waits until the page is read and its report drawn; for a page whose script builds its story after load, until
 * the reading of the story found its quotes (it is read twice).
 */
async function waitForQuotes(
  page: Page,
  background: Worker,
  tabIdOf: (page: Page) => Promise<number>,
  hasQuotes: boolean,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const report = await waitForTabReport(page, background, tabIdOf);
    if (!hasQuotes || report.quotes.length > 0) break;
    if (Date.now() > deadline) throw new Error(`no quotes reported on ${page.url()}`);
    await page.waitForTimeout(100);
  }
  await waitForStep(page, 'draw-report', 60_000);
  // Every reading that reported has drawn its report.
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('counterclaim:draw-report', 'measure').length >=
      performance.getEntriesByName('counterclaim:report', 'measure').length,
    null,
    { timeout: 60_000, polling: 50 },
  );
}

/** The least-squares line through some points: a fixed cost and a cost per unit. */
function lineFit(xs: number[], ys: number[]): { intercept: number; slope: number } {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(recordLongTasks);
});

test(`a 1,500-word article: main-thread CPU (bar 15 ms) and memory added (bar 5 MB), guard at ${gross}× the bar`, async ({
  context,
  server,
  background,
  tabIdOf,
}) => {
  test.setTimeout(300_000);
  const { on, off } = await measure(context, background, tabIdOf, server.url('hostile', '/article.html'));
  record(
    'article-1500.work-ms',
    on.map((r) => r.work),
    'ms',
    15,
  );
  record(
    'article-1500.longest-step-ms',
    on.map((r) => r.longest),
    'ms',
    50,
  );
  console.log(`page-cost article-1500.longest-steps: ${on.map((r) => r.longestStep).join(', ')}`);
  record(
    'article-1500.our-longest-task-ms',
    on.map((r) => r.ourLongestTask),
    'ms',
    50,
  );
  record(
    'article-1500.observed-long-task-during-ours-ms',
    on.map((r) => r.longTaskDuringOurs),
    'ms',
    50,
  );
  const cpu = record(
    'article-1500.cpu-ms',
    on.map((r) => r.cpu),
    'ms',
    15,
  );
  record(
    'article-1500.longest-task-cpu-ms',
    on.map((r) => r.longestTaskCpu),
    'ms',
    50,
  );
  console.log(`page-cost article-1500.cpu-split-ms: ${formatSplit(medianSplit(on.map((r) => r.byKind)))}`);
  const heap = record(
    'article-1500.heap-added-MB',
    on.map((r, i) => (r.heap - off[i]!.heap) / MB),
    'MB',
    5,
  );
  // Wall-clock figures swell with machine load; the CPU figures do not, so they decide a gross breach.
  expect(cpu).toBeLessThan(15 * gross);
  expect(heap).toBeLessThan(5 * gross);
});

test(`a 20,000-word page: our longest task's CPU (bar 50 ms) and memory added (bar 5 MB), guard at ${gross}× the bar`, async ({
  context,
  server,
  background,
  tabIdOf,
}) => {
  test.setTimeout(400_000);
  const { html, words } = longArticleHtml(20_000);
  await context.route('**/long-read.html', (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const { on, off } = await measure(context, background, tabIdOf, server.url('hostile', '/long-read.html'));
  console.log(`page-cost long-read.words: ${words}`);
  record(
    'long-read.longest-step-ms',
    on.map((r) => r.longest),
    'ms',
    50,
  );
  console.log(`page-cost long-read.longest-steps: ${on.map((r) => r.longestStep).join(', ')}`);
  record(
    'long-read.our-longest-task-ms',
    on.map((r) => r.ourLongestTask),
    'ms',
    50,
  );
  record(
    'long-read.observed-long-task-during-ours-ms',
    on.map((r) => r.longTaskDuringOurs),
    'ms',
    50,
  );
  record(
    'long-read.work-ms',
    on.map((r) => r.work),
    'ms',
    null,
  );
  record(
    'long-read.cpu-ms',
    on.map((r) => r.cpu),
    'ms',
    null,
  );
  console.log(`page-cost long-read.cpu-split-ms: ${formatSplit(medianSplit(on.map((r) => r.byKind)))}`);
  const taskCpu = record(
    'long-read.longest-task-cpu-ms',
    on.map((r) => r.longestTaskCpu),
    'ms',
    50,
  );
  const heap = record(
    'long-read.heap-added-MB',
    on.map((r, i) => (r.heap - off[i]!.heap) / MB),
    'MB',
    5,
  );
  expect(taskCpu).toBeLessThan(50 * gross);
  expect(heap).toBeLessThan(5 * gross);
});

test('the fixture pages: our CPU per page and per 1,000 words', async ({
  context,
  server,
  background,
  tabIdOf,
}) => {
  test.setTimeout(900_000);
  const dir = join(import.meta.dirname, '../site/fixtures');
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html') && !f.startsWith('07-'));
  // One reading of each page in a plain test run; the benchmark's five when asked for.
  const fixtureRuns = process.env.COUNTERCLAIM_BENCH_RUNS ? runs : 1;
  const perThousand: number[] = [];
  const perPage: number[] = [];
  const wordCounts: number[] = [];
  const splits: [string, number][][] = [];
  let longestTask = 0;
  for (const file of pages) {
    const cpu: number[] = [];
    const task: number[] = [];
    const byKind: Record<string, number>[] = [];
    const expected = JSON.parse(readFileSync(join(dir, file.replace('.html', '.expected.json')), 'utf8')) as {
      insertedAfterLoad?: unknown;
    };
    let words = 0;
    for (let i = 0; i < fixtureRuns; i++) {
      const page = await context.newPage();
      try {
        const trace = await CpuTrace.start(page);
        await page.goto(server.url('fixtures', `/${file}`));
        // A page whose script builds the story after load is measured once the story is read, both readings counted.
        await waitForQuotes(page, background, tabIdOf, expected.insertedAfterLoad !== undefined);
        words = await page.evaluate(() => document.body.innerText.split(/\s+/).filter(Boolean).length);
        const traced = await trace.stop();
        cpu.push(traced.cpu);
        task.push(traced.longestCpu);
        byKind.push(traced.byKind);
      } finally {
        await page.close();
      }
    }
    const name = file.replace('.html', '');
    const value = record(`fixture.${name}.cpu-ms`, cpu, 'ms', null);
    const split = medianSplit(byKind);
    console.log(`page-cost fixture.${name}.words: ${words}; split ${formatSplit(split)}`);
    perPage.push(value);
    wordCounts.push(words);
    splits.push(split);
    perThousand.push((value * 1000) / Math.max(words, 1));
    longestTask = Math.max(longestTask, median(task));
  }
  const worst = Math.max(...perThousand);
  console.log(
    `page-cost fixtures.cpu-ms-per-1000-words: worst ${worst.toFixed(2)}, median ${median(perThousand).toFixed(2)} (bar 2)`,
  );
  const fit = lineFit(wordCounts, perPage);
  console.log(
    `page-cost fixtures.cpu-ms-fit: ${fit.intercept.toFixed(1)} ms a page + ${(fit.slope * 1000).toFixed(1)} ms per 1,000 words`,
  );
  console.log(
    `page-cost fixtures.cpu-split-ms (median page): ${formatSplit(medianSplit(splits.map((split) => Object.fromEntries(split))))}`,
  );
  record('fixtures.longest-task-cpu-ms', [longestTask], 'ms', 50);
  // These pages are short, so a fixed cost per page dominates the per-word figure; the gross breach is held to
  // the 1,500-word article's bar instead.
  expect(Math.max(...perPage)).toBeLessThan(15 * gross);
  expect(longestTask).toBeLessThan(50 * gross);
});
