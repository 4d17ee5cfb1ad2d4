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
