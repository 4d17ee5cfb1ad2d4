import type { Page, Worker } from '@playwright/test';
import type { TabReport } from '../src/shared/report.ts';
import { overlayTexts } from './closed-shadow.ts';

/** Which report `waitForReport` waits for, beyond "finished". */
export interface ReportWanted {
  timeoutMs?: number;
  /** Only a report of a page whose address holds this: a tab that navigated keeps the old report a while. */
  urlPart?: string;
  /** Only a report made at or after this time (ms since epoch), as after a reload of the same page. */
  since?: number;
}

/** Waits until the background holds a finished report for the tab (not "scanning") and returns it. */
export async function waitForReport(
  background: Worker,
  tabId: number,
  { timeoutMs = 20_000, urlPart = '', since = 0 }: ReportWanted = {},
): Promise<TabReport> {
  return background.evaluate(
    async ({ tabId, timeoutMs, urlPart, since }) => {
      const key = `tab:${tabId}`;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const report = (await chrome.storage.session.get(key))[key] as TabReport | undefined;
        const wanted =
          report !== undefined &&
          report.status !== 'scanning' &&
          report.scannedAt >= since &&
          (!urlPart || (report.page?.url.includes(urlPart) ?? false));
        if (wanted) return report;
        if (Date.now() > deadline)
          throw new Error(`no finished report for tab ${tabId} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    { tabId, timeoutMs, urlPart, since },
  );
}

/** The one name Counterclaim's quotes have in `CSS.highlights`, whatever the store says about them. */
export const quoteHighlightName = 'counterclaim';

/**
 * The texts of Counterclaim's highlights on a page: every quote as the page itself can read it (`CSS.highlights`),
 * and the disputed and saved marks as the reader sees them (inside the closed shadow root, read through DevTools).
 */
export async function highlightTexts(
  page: Page,
): Promise<{ quote: string[]; disputed: string[]; saved: string[] }> {
  const quote = await page.evaluate((name) => {
    const highlight = CSS.highlights.get(name);
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  }, quoteHighlightName);
  return { quote, disputed: await overlayTexts(page, 'disputed'), saved: await overlayTexts(page, 'saved') };
}

/** Total milliseconds of the content script's measured work on the page (`counterclaim:` measures). */
export async function contentScriptWork(
  page: Page,
): Promise<{ total: number; longest: number; steps: number }> {
  return page.evaluate(() => {
    const measures = performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('counterclaim:'));
    return {
      total: measures.reduce((sum, m) => sum + m.duration, 0),
      longest: Math.max(0, ...measures.map((m) => m.duration)),
      steps: measures.length,
    };
  });
}

/** A claim as stored in the extension's IndexedDB, with the fields the tests look at. */
export interface StoredClaimRow {
  id: string;
  text: string;
  origin: string;
  speaker: { name: string } | null;
  source: { outlet: string; domain: string; url: string };
}

/** Every claim in the extension's real IndexedDB store, read inside the service worker. */
export async function storedClaims(background: Worker): Promise<StoredClaimRow[]> {
  return background.evaluate(
    () =>
      new Promise<StoredClaimRow[]>((resolve, reject) => {
        const open = indexedDB.open('counterclaim');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('claims')) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction('claims').objectStore('claims').getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as StoredClaimRow[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** Changes the reader's settings the way the options page does: one write to storage.local. */
export async function updateSettings(background: Worker, change: Record<string, unknown>): Promise<void> {
  await background.evaluate(async (patch) => {
    const stored = ((await chrome.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>;
    await chrome.storage.local.set({ settings: { ...stored, ...patch } });
  }, change);
}

/** Sends a message to the background from an extension page, as the popup and options page do. */
export async function askBackground<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ({ type, payload }) => {
      const result = (await chrome.runtime.sendMessage({ type, payload })) as {
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
