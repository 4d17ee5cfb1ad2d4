// Firefox smoke test: the Firefox build, installed into Firefox ESR, reads a page of the local news site,
// its content script reports to the background, and the popup opened for that tab shows the report.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startFixtureServer } from '../server.ts';
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

try {
  await check('the content script reports the page and the popup shows it', async () => {
    const [page] = await firefox.pages();
    assert.ok(page, 'Firefox opened no page');
    await page.goto(`http://127.0.0.1:${server.port}/ledger/smoke.html`);
    const options = await firefox.newPage();
    await openExtensionPage(options, '/src/options/index.html');
    const tabId = await options.evaluate(async () => {
      const current = await chrome.tabs.getCurrent();
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.id !== current?.id)?.id ?? -1;
    });
    assert.ok(tabId >= 0, 'the article tab was not found');
    await openExtensionPage(options, `/src/popup/index.html?tabId=${tabId}`);
    await waitFor(options, () => document.querySelector('main[data-state="article"] h1') !== null, null);
    const heading = await options.evaluate(() => document.querySelector('main h1')?.textContent ?? '');
    assert.match(heading, /Smoke test article/);
  });
} finally {
  await firefox.close();
  await server.close();
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/firefox.json', JSON.stringify({ passed: passes, failed: failures }));
console.log(`firefox: ${passes} passed, ${failures} failed`);
process.exitCode = failures === 0 ? 0 : 1;
