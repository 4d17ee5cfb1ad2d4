import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../browsers.ts';
import { extensionDir } from '../fixtures.ts';

/** Chromium with the real extension on a profile directory the bench keeps, so it can restart the browser on it. */
export interface BenchBrowser {
  context: BrowserContext;
  background: Worker;
  extensionId: string;
}

/** Launches Chromium with the extension on `profileDir` and waits for its service worker. */
export async function launchOnProfile(profileDir: string): Promise<BenchBrowser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs(extensionDir),
  });
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, background, extensionId: new URL(background.url()).host };
}

/** Opens the extension's options page as a tab: a sender that both the data and the check handlers accept. */
export async function openOptionsTab(bench: BenchBrowser): Promise<Page> {
  const page = await bench.context.newPage();
  await page.goto(`chrome-extension://${bench.extensionId}/src/options/index.html`);
  return page;
}

/** Bytes of every file under `dir` (0 when it does not exist): IndexedDB's LevelDB files and blobs on disk. */
export function bytesOnDisk(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const path = join(dir, name);
    const info = statSync(path);
    total += info.isDirectory() ? bytesOnDisk(path) : info.size;
  }
  return total;
}

/** The profile's IndexedDB folder, where Chromium keeps every origin's databases. */
export function indexedDbDir(profileDir: string): string {
  return join(profileDir, 'Default', 'IndexedDB');
}

/** What the browser's quota manager says the extension's origin uses, read in the service worker. */
export function storageUsage(background: Worker): Promise<number> {
  return background.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
}

/**
 * Opens the claim database on a fresh connection in the service worker and counts its claims, timing both. Run
 * first thing after a browser restart, before anything else touched the database, this is a cold open: the
 * browser process must open the LevelDB files and read the schema before the count can answer.
 */
export function timedOpenAndCount(
  background: Worker,
): Promise<{ openMs: number; countMs: number; claims: number }> {
  return background.evaluate(
    () =>
      new Promise<{ openMs: number; countMs: number; claims: number }>((resolve, reject) => {
        const started = performance.now();
        const request = indexedDB.open('counterclaim');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const opened = performance.now();
          const db = request.result;
          const count = db.transaction('claims').objectStore('claims').count();
          count.onerror = () => reject(count.error);
          count.onsuccess = () => {
            const counted = performance.now();
            db.close();
            resolve({ openMs: opened - started, countMs: counted - opened, claims: count.result });
          };
        };
      }),
  );
}

/**
 * Opens a small article page in a tab (served by the test, no server needed), where Counterclaim's content script
 * runs: the sender the background wants for a reader's selection checks.
 */
export async function openArticleTab(bench: BenchBrowser): Promise<Page> {
  const page = await bench.context.newPage();
  await page.route('http://bench.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: '<!doctype html><title>Bench</title><article><h1>Bench</h1><p>A page to check selections from.</p></article>',
    }),
  );
  await page.goto('http://bench.test/article');
  return page;
}
