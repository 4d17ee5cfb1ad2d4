import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';
import { recordFigure } from '../bench/figures.ts';
import { expect, test } from '../fixtures.ts';
import { startFeedServer } from '../feed-server.ts';
import { askBackground, storedClaims, updateSettings } from '../page-helpers.ts';
import type { FeedStatus } from '../../src/shared/data-views.ts';

const FEEDS = 20;
const ITEMS = 50;

/** The resident memory (kB) of this browser's extension process: the service worker and offscreen page live there. */
async function extensionProcessKb(context: BrowserContext): Promise<number> {
  const browser = context.browser();
  if (!browser) return 0;
  const cdp = await browser.newBrowserCDPSession();
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  let kb = 0;
  for (const p of info.processInfo) {
    try {
      if (!readFileSync(`/proc/${p.id}/cmdline`, 'utf8').includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return kb;
}

// The popup's bar: it opens in 300 ms, even while feeds are read.
const popupBar = 300;
const popupGuard = 10;

test(`a refresh of 20 feeds of 50 article pages finishes, and the popup opens meanwhile (bar ${popupBar} ms), guard at ${popupGuard}× the bar`, async ({
  background,
  context,
  server,
  openOptions,
  openPopup,
  readPage,
}) => {
  test.slow();
  const generated = await startFeedServer({ feeds: FEEDS, items: ITEMS });
  try {
    await background.evaluate(() => {
      // Stands in for the reader's "Allow" on the permission prompt, which headless Chromium cannot show.
      const yes = () => Promise.resolve(true);
      const native = (globalThis as { browser?: { permissions?: { contains: unknown } } }).browser;
      chrome.permissions.contains = yes as typeof chrome.permissions.contains;
      if (native?.permissions) native.permissions.contains = yes;
    });
    const article = await context.newPage();
    await readPage(article, server.url('ledger', '/trump-putin-call.html'));
    const options = await openOptions();
    const baseline = await extensionProcessKb(context);
    // Milliseconds from navigation to the popup showing the page's report, as the popup itself measures it: its
    // 'counterclaim:report-shown' mark, at the frame that paints the report. `polled` is when this test's poll
    // inside the popup first saw the report, which also counts Playwright's own round trips.
    const popupOpenTimes = async (times: number): Promise<{ shown: number[]; polled: number[] }> => {
      const out = { shown: [] as number[], polled: [] as number[] };
      for (let i = 0; i < times; i++) {
        const popup = await openPopup(article);
        const polledAt = await popup.waitForFunction(
          () =>
            document.querySelector('[data-testid="quote-count"], [data-testid="notice"]')
              ? performance.now()
              : false,
          undefined,
          { polling: 'raf' },
        );
        const shownAt = await popup.waitForFunction(
          () => performance.getEntriesByName('counterclaim:report-shown')[0]?.startTime ?? false,
          undefined,
          { polling: 'raf' },
        );
        out.shown.push(Math.round((await shownAt.jsonValue()) as number));
        out.polled.push(Math.round((await polledAt.jsonValue()) as number));
        await popup.close();
      }
      return out;
    };
    const idleOpens = await popupOpenTimes(2);

    const started = Date.now();
    await updateSettings(background, {
      sources: Array.from({ length: FEEDS }, (_, n) => ({
        id: `gen-${n}`,
        name: `Generated ${n}`,
        domains: [`gen-${n}.test`],
        enabled: true,
        trust: 'neutral',
        factChecker: false,
        feeds: [{ url: generated.feedUrl(n), enabled: true }],
      })),
    });
    const done = askBackground(options, 'refresh-feeds', {}).then(() => Date.now());
    let peak = baseline;
    let finished = 0;
    void done.then((t) => (finished = t));
    const sampler = (async () => {
      while (!finished) {
        peak = Math.max(peak, await extensionProcessKb(context));
        await new Promise((r) => setTimeout(r, 250));
      }
    })();

    // While the refresh runs, the popup opens and shows the page's report quickly.
    await expect
      .poll(async () =>
        (await askBackground<FeedStatus[]>(options, 'feed-status', {})).some((f) => f.refreshing),
      )
      .toBe(true);
    const opens = await popupOpenTimes(3);
    const progress = await askBackground<
      (FeedStatus & { progress: { done: number; total: number } | null })[]
    >(options, 'feed-status', {});
    const midway = progress.reduce((n, f) => n + (f.progress?.done ?? 0), 0);

    const end = await done;
    await sampler;
    const statuses = await askBackground<FeedStatus[]>(options, 'feed-status', {});
    const itemsRead = statuses.reduce((n, f) => n + f.itemsRead, 0);
    const feedClaims = (await storedClaims(background)).filter((c) => c.origin === 'feed').length;
    const figures = {
      seconds: (end - started) / 1000,
      itemsRead,
      feedClaims,
      pageRequests: generated.counts[200],
      popupOpenMs: { idle: idleOpens.shown, duringRefresh: opens.shown },
      popupPolledMs: { idle: idleOpens.polled, duringRefresh: opens.polled },
      itemsDoneWhenPopupOpened: midway,
      extensionProcessMb: { before: Math.round(baseline / 1024), peak: Math.round(peak / 1024) },
    };
    console.log(`feeds throughput: ${JSON.stringify(figures)}`);
    test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });

    expect(statuses.every((f) => f.error === null)).toBe(true);
    expect(itemsRead).toBe(FEEDS * ITEMS);
    expect(feedClaims).toBeGreaterThanOrEqual(FEEDS * ITEMS);
    expect(end - started).toBeLessThan(120_000);
    recordFigure('feeds-throughput', 'refresh-20-feeds-of-50-s', figures.seconds, 's', null);
    recordFigure(
      'feeds-throughput',
      'popup-open-during-refresh-ms',
      Math.max(...opens.shown),
      'ms',
      popupBar,
      opens.shown,
    );
    // The test guards only against a gross breach; the printed figures are the benchmark.
    expect(Math.max(...opens.shown)).toBeLessThan(popupBar * popupGuard);
  } finally {
    await generated.close();
  }
});
