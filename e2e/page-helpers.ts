import type { Page, Worker } from '@playwright/test';
import type { TabReport } from '../src/shared/report.ts';

/** Waits until the background holds a finished report for the tab (not "scanning"), and returns it. */
export async function waitForReport(background: Worker, tabId: number, timeoutMs = 20_000): Promise<TabReport> {
  return background.evaluate(
    async ({ tabId, timeoutMs }) => {
      const key = `tab:${tabId}`;
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const report = (await chrome.storage.session.get(key))[key] as TabReport | undefined;
        if (report && report.status !== 'scanning') return report;
        if (Date.now() > deadline) throw new Error(`no finished report for tab ${tabId} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    { tabId, timeoutMs },
  );
}

/** The texts of Counterclaim's highlights on a page, by highlight name, read through `CSS.highlights`. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const name of ['counterclaim-quote', 'counterclaim-disputed', 'counterclaim-saved']) {
      const highlight = CSS.highlights.get(name);
      out[name] = highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
    }
    return out;
  });
}

/** Total milliseconds of the content script's measured work on the page (`counterclaim:` measures). */
export async function contentScriptWork(page: Page): Promise<{ total: number; longest: number; steps: number }> {
  return page.evaluate(() => {
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('counterclaim:'));
    return {
      total: measures.reduce((sum, m) => sum + m.duration, 0),
      longest: Math.max(0, ...measures.map((m) => m.duration)),
      steps: measures.length,
    };
  });
}
