// `npm start`: builds both browser packages, serves the demo news site, and opens Chromium with
// Counterclaim on it. With a display it opens a window and waits until it is closed; without one it runs
// headless, visits every demo article, prints what Counterclaim reported, and saves screenshots.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../e2e/browsers.ts';
import { extensionDir } from '../e2e/fixtures.ts';
import { startFixtureServer } from '../e2e/server.ts';
import type { TabReport } from '../src/shared/report.ts';
import { ensureBrowsers } from './ensure-browsers.ts';
import { pageKey, scoreDemo, type DesignedPairs, type VisitedPage } from './demo-scorecard.ts';
import { formatReport } from './format-report.ts';
import { formatSummary, formatUndesigned, type FeedRead, type StoreContents } from './format-summary.ts';

interface DemoArticle {
  site: string;
  path: string;
}

interface DemoFeed extends DemoArticle {
  source: { name: string; domains: string[]; factChecker?: boolean };
}

const demo = JSON.parse(readFileSync('e2e/site/demo.json', 'utf8')) as {
  home: DemoArticle;
  articles: DemoArticle[];
  feeds: DemoFeed[];
};
const designed = JSON.parse(readFileSync('e2e/site/conflicts.json', 'utf8')) as DesignedPairs;
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

if (spawnSync('npx', ['tsx', 'scripts/build.ts'], { stdio: 'inherit' }).status !== 0) process.exit(1);
ensureBrowsers();
const server = await startFixtureServer();
const context = await chromium.launchPersistentContext('', {
  executablePath: chromiumPath,
  headless,
  args: chromiumArgs(extensionDir),
  viewport: { width: 1200, height: 900 },
});
const background: Worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(background.url()).host;

async function reportFor(page: Page): Promise<{ tabId: number; report: TabReport | null }> {
  await page.bringToFront();
  return background.evaluate(async () => {
    const deadline = Date.now() + 10_000;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const key = `tab:${tab?.id}`;
    for (;;) {
      const stored = (await chrome.storage.session.get(key))[key] as TabReport | undefined;
      if ((stored && stored.status !== 'scanning') || Date.now() > deadline)
        return { tabId: tab?.id ?? -1, report: stored ?? null };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

/**
 * Turns on the first demo feed (an outlet whose story the demo never opens) and reads it. A reader grants
 * the feed's site in the options page; a headless demo has nobody to click the browser's prompt, so the
 * grant is answered yes inside the service worker, for this session only.
 */
async function readDemoFeed(ctx: BrowserContext): Promise<FeedRead | null> {
  const feed = demo.feeds[0];
  if (!feed) return null;
  const url = server.url(feed.site, feed.path);
  await background.evaluate(
    async ({ feed, url }) => {
      // No named function here: the runner's transpiler would wrap it in a helper the worker lacks.
      chrome.permissions.contains = (() => Promise.resolve(true)) as typeof chrome.permissions.contains;
      const native = (globalThis as { browser?: { permissions?: { contains: unknown } } }).browser;
      if (native?.permissions) native.permissions.contains = chrome.permissions.contains;
      const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as { sources?: unknown[] };
      const source = {
        id: `demo-${feed.site}`,
        enabled: true,
        trust: 'neutral',
        factChecker: false,
        ...feed.source,
        feeds: [{ url, enabled: true }],
      };
      await chrome.storage.local.set({
        settings: { ...stored, sources: [...(stored.sources ?? []), source] },
      });
    },
    { feed, url },
  );
  const options = await ctx.newPage();
  await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'refresh-feeds', payload: {} }));
  const status = (await options.evaluate(() =>
    chrome.runtime.sendMessage({ type: 'feed-status', payload: {} }),
  )) as {
    value?: { url: string; itemsRead: number; claimsAdded: number; error: string | null }[];
  };
  await options.close();
  const state = status.value?.find((s) => s.url === url);
  const read = {
    name: feed.source.name,
    url,
    itemsRead: state?.itemsRead ?? 0,
    claimsAdded: state?.claimsAdded ?? 0,
    error: state?.error ?? null,
  };
  console.log(
    `Turned on the feed of ${read.name} (${url}), an outlet the demo never opens: ` +
      `${read.itemsRead} articles read, ${read.claimsAdded} claims added${read.error ? `; ${read.error}` : ''}.\n`,
  );
  return read;
}

/** Every claim in the store, through the export the options page offers: counted by origin and by page. */
async function readStore(ctx: BrowserContext): Promise<StoreContents> {
  const page = await ctx.newPage();
  await page.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  const claims = await page.evaluate(async () => {
    const out: { url: string; origin: string }[] = [];
    let cursor: string | null = null;
    do {
      const reply = (await chrome.runtime.sendMessage({
        type: 'export-claims',
        payload: { cursor, limit: 1000 },
      })) as { value?: { lines: string[]; cursor: string | null } };
      for (const line of reply.value?.lines ?? []) {
        const claim = JSON.parse(line) as { source?: { url?: string }; origin?: string };
        if (claim.source?.url && claim.origin) out.push({ url: claim.source.url, origin: claim.origin });
      }
      cursor = reply.value?.cursor ?? null;
    } while (cursor);
    return out;
  });
  await page.close();
  const byOrigin: Record<string, number> = {};
  const pagesByOrigin: Record<string, string[]> = {};
  for (const { url, origin } of claims) {
    byOrigin[origin] = (byOrigin[origin] ?? 0) + 1;
    const pages = (pagesByOrigin[origin] ??= []);
    const key = pageKey(url);
    if (!pages.includes(key)) pages.push(key);
  }
  return { claims: claims.length, byOrigin, pagesByOrigin };
}

/** The popup of a tab, as it first opens (Chrome's popup is 400 px wide here, at most 600 high) and whole. */
async function screenshotPopup(ctx: BrowserContext, tabId: number, name: string): Promise<void> {
  const popup = await ctx.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('main[data-state]');
  await popup.screenshot({ path: `artifacts/demo/${name}-popup.png` });
  await popup.screenshot({ path: `artifacts/demo/${name}-popup-full.png`, fullPage: true });
  await popup.close();
}

async function runHeadless(ctx: BrowserContext): Promise<void> {
  mkdirSync('artifacts/demo', { recursive: true });
  console.log(
    `\nCounterclaim demo: ${demo.articles.length} articles on the local news site (port ${server.port})\n`,
  );
  const feed = await readDemoFeed(ctx);
  const visited: VisitedPage[] = [];
  for (const [n, article] of demo.articles.entries()) {
    const url = server.url(article.site, article.path);
    const page = await ctx.newPage();
    await page.goto(url);
    const { tabId, report } = await reportFor(page);
    console.log(formatReport(url, report));
    visited.push({ page: pageKey(url), report });
    const name = `${String(n + 1).padStart(2, '0')}-${article.site}`;
    await page.screenshot({ path: `artifacts/demo/${name}-page.png` });
    await screenshotPopup(ctx, tabId, name);
  }
  const store = await readStore(ctx);
  const score = scoreDemo(designed, visited, Object.values(store.pagesByOrigin).flat());
  console.log(formatUndesigned(score.shown).join('\n'));
  console.log(formatSummary({ visited, feeds: feed ? [feed] : [], store, score }));
}

try {
  if (headless) {
    await runHeadless(context);
  } else {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url(demo.home.site, demo.home.path));
    console.log('Counterclaim is running in Chromium on the demo news site. Close the window to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
  }
} finally {
  await context.close().catch(() => undefined);
  await server.close();
}
