import { resolve } from 'node:path';
import puppeteer, { type Browser, type EvaluateFunc, type Page } from 'puppeteer-core';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxPath } from '../browsers.ts';

/** The unpacked Firefox build under test. */
export const firefoxExtensionDir = resolve(import.meta.dirname, '../../dist/firefox');

/** A fixed moz-extension UUID, so tests know the extension's page URLs in advance. */
export const firefoxExtensionUuid = '6f1c3d2e-8a41-4b7e-9c55-0c0ffee1c1a1';

/** Base URL of the extension's pages in Firefox. */
export const firefoxExtensionBase = `moz-extension://${firefoxExtensionUuid}`;

/** Starts Firefox ESR headless through WebDriver BiDi with Counterclaim installed as a temporary add-on. */
export async function launchFirefoxWithExtension(): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: true,
    // Lets WebDriver BiDi open moz-extension:// pages (the popup and options) like any other page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [manifest.browser_specific_settings.gecko.id]: firefoxExtensionUuid,
      }),
      // MV3 host permissions are opt-in in Firefox; a reader grants them once, the test grants them up front.
      'extensions.originControls.grantByDefault': true,
    },
  });
  await browser.installExtension(firefoxExtensionDir);
  return browser;
}

/**
 * Opens one of the extension's pages in a tab. Puppeteer does not see navigations into moz-extension://
 * finish, so this starts the navigation and then waits until the page itself says it is there.
 */
export async function openExtensionPage(page: Page, path: string, timeoutMs = 15_000): Promise<void> {
  const url = `${firefoxExtensionBase}${path}`;
  void page.goto(url, { timeout: timeoutMs }).catch(() => undefined);
  await waitFor(
    page,
    (target) => location.href === target && document.readyState === 'complete',
    url,
    timeoutMs,
  );
}

/** Polls a predicate in the page until it holds; for pages whose events Puppeteer cannot follow. */
export async function waitFor<Arg>(
  page: Page,
  predicate: (arg: Arg) => boolean,
  arg: Arg,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const done = await page.evaluate(predicate as EvaluateFunc<[Arg]>, arg).catch(() => false);
    if (done) return;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate.toString()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
