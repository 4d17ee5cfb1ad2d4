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
import { formatReport } from './format-report.ts';

interface DemoArticle {
  site: string;
  path: string;
}

const demo = JSON.parse(readFileSync('e2e/site/demo.json', 'utf8')) as { home: DemoArticle; articles: DemoArticle[] };
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
      if ((stored && stored.status !== 'scanning') || Date.now() > deadline) return { tabId: tab?.id ?? -1, report: stored ?? null };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}

async function runHeadless(ctx: BrowserContext): Promise<void> {
  mkdirSync('artifacts/demo', { recursive: true });
  console.log(`\nCounterclaim demo: ${demo.articles.length} articles on the local news site (port ${server.port})\n`);
  for (const [n, article] of demo.articles.entries()) {
    const page = await ctx.newPage();
    await page.goto(server.url(article.site, article.path));
    const { tabId, report } = await reportFor(page);
    console.log(formatReport(server.url(article.site, article.path), report));
    const name = `${String(n + 1).padStart(2, '0')}-${article.site}`;
    await page.screenshot({ path: `artifacts/demo/${name}-page.png` });
    const popup = await ctx.newPage();
    await popup.setViewportSize({ width: 420, height: 800 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
    await popup.waitForSelector('main[data-state]');
    await popup.screenshot({ path: `artifacts/demo/${name}-popup.png`, fullPage: true });
    await popup.close();
  }
  console.log('Screenshots are in artifacts/demo/.');
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
