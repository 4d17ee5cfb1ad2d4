import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from './browsers.ts';
import type { TabReport } from '../src/shared/report.ts';
import { waitForReport } from './page-helpers.ts';
import { startFixtureServer, type FixtureServer } from './server.ts';

/** The unpacked Chrome build under test. */
export const extensionDir = resolve(import.meta.dirname, '../dist/chrome');

/**
 * Which Chrome build a spec loads: the release build, or the bench build whose content script records its steps
 * on the page's performance timeline (`COUNTERCLAIM_MEASURE=1`, built by scripts/build.ts).
 */
export type ExtensionBuild = 'release' | 'bench';

const buildDirs: Record<ExtensionBuild, string> = {
  release: extensionDir,
  bench: resolve(import.meta.dirname, '../dist/chrome-bench'),
};

interface ExtensionFixtures {
  /**
   * Whether the test gets a browser of its own (the default: a fresh profile, an empty store). Read-only
   * tests over many pages set it to false and share one browser per worker, which is much faster.
   */
  isolated: boolean;
  context: BrowserContext;
  extensionId: string;
  background: Worker;
  /** Opens the popup as a tab for the given page's tab, as the toolbar button would. */
  openPopup: (page: Page) => Promise<Page>;
  /** Opens the options page. */
  openOptions: () => Promise<Page>;
  /** The id of a page's tab, as the extension knows it. */
  tabIdOf: (page: Page) => Promise<number>;
  /**
   * Opens `url` in the page and waits for Counterclaim's finished report of that very page: a tab keeps its
   * previous page's report until the new one is read.
   */
  readPage: (page: Page, url: string) => Promise<{ tabId: number; report: TabReport }>;
}

interface ServerFixtures {
  /** The build the worker's browsers load: `test.use({ extensionBuild: 'bench' })` for the cost specs. */
  extensionBuild: ExtensionBuild;
  server: FixtureServer;
  /** One browser per worker for tests that do not need isolation, launched on first use. */
  sharedContext: () => Promise<BrowserContext>;
}

function launchWithExtension(build: ExtensionBuild): Promise<BrowserContext> {
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(buildDirs[build]),
  });
}

/** Playwright test with the real extension loaded into Debian's Chromium and the local news site running. */
export const test = base.extend<ExtensionFixtures, ServerFixtures>({
  extensionBuild: ['release', { option: true, scope: 'worker' }],
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  sharedContext: [
    async ({ extensionBuild }, use) => {
      const launched: { context?: Promise<BrowserContext> } = {};
      await use(() => (launched.context ??= launchWithExtension(extensionBuild)));
      if (launched.context) await (await launched.context).close();
    },
    { scope: 'worker' },
  ],
  isolated: [true, { option: true }],
  context: async ({ isolated, sharedContext, extensionBuild }, use) => {
    if (!isolated) {
      const shared = await sharedContext();
      await use(shared);
      for (const page of shared.pages()) await page.close();
      return;
    }
    const context = await launchWithExtension(extensionBuild);
    await use(context);
    await context.close();
  },
  background: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ background }, use) => {
    await use(new URL(background.url()).host);
  },
  tabIdOf: async ({ background }, use) => {
    // The extension has no "tabs" permission, so it cannot see tab URLs: bring the page to the front
    // and ask for the active tab, as the toolbar popup itself does.
    await use(async (page) => {
      await page.bringToFront();
      const id = await background.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab?.id ?? -1;
      });
      if (id < 0) throw new Error(`no tab for ${page.url()}`);
      return id;
    });
  },
  openPopup: async ({ context, extensionId, tabIdOf }, use) => {
    await use(async (page) => {
      const tabId = await tabIdOf(page);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tabId=${tabId}`);
      return popup;
    });
  },
  readPage: async ({ background, tabIdOf }, use) => {
    await use(async (page, url) => {
      await page.goto(url);
      const tabId = await tabIdOf(page);
      return { tabId, report: await waitForReport(background, tabId, { urlPart: url }) };
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return options;
    });
  },
});

export { expect } from '@playwright/test';
