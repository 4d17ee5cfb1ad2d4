// Firefox smoke test: the Firefox build, installed into Firefox ESR, reads a page of the local news site,
// its content script reports to the background, and the popup opened for that tab shows the report.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startFixtureServer } from '../server.ts';
import type { Page } from 'puppeteer-core';
import type { StoreStats } from '../../src/shared/data-views.ts';
import type { TabReport } from '../../src/shared/report.ts';
import { launchFirefoxWithExtension, openExtensionPage, waitFor } from './launch.ts';

const server = await startFixtureServer();
const firefox = await launchFirefoxWithExtension();
let failures = 0;
let passes = 0;

async function check(name: string, body: () => Promise<void>): Promise<void> {
  const started = Date.now();
  try {
    await body();
    passes += 1;
    console.log(`  ✓ firefox › ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failures += 1;
    console.log(`  ✘ firefox › ${name}\n    ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/** Asks the background from an extension page, as the popup and options page do. */
async function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async (message) => {
      const result = (await chrome.runtime.sendMessage(message)) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      if (!result.ok) throw new Error(result.error);
      return result.value;
    },
    { type, payload },
  ) as Promise<T>;
}

/** Waits for the background's finished report of a tab whose page has the given canonical URL part. */
async function reportFor(page: Page, tabId: number, urlPart: string): Promise<TabReport> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const report = await ask<TabReport | null>(page, 'tab-report', { tabId });
    if (report && report.status !== 'scanning' && report.page?.url.includes(urlPart)) return report;
    if (Date.now() > deadline) throw new Error(`no report for ${urlPart}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

try {
  const [article] = await firefox.pages();
  assert.ok(article, 'Firefox opened no page');
  const extensionPage = await firefox.newPage();
  let tabId = -1;

  await check('the content script reports the page and the popup shows it', async () => {
    await article.goto(`http://127.0.0.1:${server.port}/ledger/smoke.html`);
    await openExtensionPage(extensionPage, '/src/options/index.html');
    tabId = await extensionPage.evaluate(async () => {
      const current = await chrome.tabs.getCurrent();
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.id !== current?.id)?.id ?? -1;
    });
    assert.ok(tabId >= 0, 'the article tab was not found');
    const report = await reportFor(extensionPage, tabId, '/ledger/smoke.html');
    assert.equal(report.status, 'article');
    assert.ok(report.quotes.length > 0, 'the quote on the page was found');
    // What the page itself can see: every quote under the one neutral name, nothing that says what the store holds.
    await waitFor(
      article,
      () =>
        (globalThis.CSS as { highlights?: HighlightRegistry }).highlights?.get('counterclaim') !== undefined,
      null,
    );
    const names = await article.evaluate(() => {
      const seen: string[] = [];
      CSS.highlights.forEach((_highlight, name) => seen.push(name));
      return seen;
    });
    assert.deepEqual(names, ['counterclaim'], 'the page sees one neutral highlight name');
    await openExtensionPage(extensionPage, `/src/popup/index.html?tabId=${tabId}`);
    await waitFor(
      extensionPage,
      () => document.body.textContent?.includes('Council approves new bridge') ?? false,
      null,
    );
  });

  await check('the options page opens and shows the sources', async () => {
    await openExtensionPage(extensionPage, '/src/options/index.html');
    await waitFor(extensionPage, () => document.body.textContent?.includes('Reuters') ?? false, null);
  });

  await check(
    'a settings change reaches the background: collection turned off stores nothing more',
    async () => {
      const before = await ask<StoreStats>(extensionPage, 'store-stats', {});
      assert.ok(before.claims > 0, 'the first page was collected');
      await extensionPage.evaluate(async () => {
        const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<
          string,
          unknown
        >;
        await chrome.storage.local.set({ settings: { ...stored, collection: 'never' } });
      });
      await article.goto(`http://127.0.0.1:${server.port}/wire/putin-trump-call.html`);
      const report = await reportFor(extensionPage, tabId, '/wire/putin-trump-call.html');
      assert.ok(report.quotes.length > 0, 'the article was still read');
      const after = await ask<StoreStats>(extensionPage, 'store-stats', {});
      assert.equal(after.claims, before.claims);
    },
  );
} finally {
  await firefox.close();
  await server.close();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/firefox.json', JSON.stringify({ passed: passes, failed: failures }));
console.log(`firefox: ${passes} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
