import { browser } from '../shared/browser.ts';
import { tabReportKey, type TabReport } from '../shared/report.ts';

// Reports live in session storage, not in memory: the service worker may be stopped at any moment,
// and the popup reads its tab's report from there without waking the worker.

/** The last report for a tab, or null. */
export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const stored = await browser.storage.session.get(tabReportKey(tabId));
  return (stored[tabReportKey(tabId)] as TabReport | undefined) ?? null;
}

/** Keeps a tab's report until the tab navigates or closes. */
export async function setTabReport(tabId: number, report: TabReport): Promise<void> {
  await browser.storage.session.set({ [tabReportKey(tabId)]: report });
}

/** Forgets a closed tab's report. */
export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabReportKey(tabId));
}

/**
 * Ends a tab's reading with an error state: a check that threw must never leave the popup saying "scanning"
 * for good. Best effort, since the storage that failed may be this one.
 */
export async function setTabError(
  tabId: number,
  page: TabReport['page'],
  error: unknown,
): Promise<TabReport> {
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 200);
  const report: TabReport = {
    status: 'error',
    page,
    quotes: [],
    disputed: 0,
    otherSourceClaims: 0,
    scannedAt: Date.now(),
    error: message,
  };
  await setTabReport(tabId, report).catch(() => undefined);
  return report;
}
