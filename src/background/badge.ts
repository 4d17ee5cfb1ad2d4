import { browser } from '../shared/browser.ts';
import type { TabReport } from '../shared/report.ts';

/** Shows the number of disputed quotes on the tab's toolbar button (per tab, never another tab's). */
export async function showBadge(tabId: number, report: TabReport): Promise<void> {
  const text = report.disputed > 0 ? String(report.disputed) : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
  await browser.action.setTitle({
    tabId,
    title:
      report.disputed > 0 ? `Counterclaim: other sources say otherwise on ${text} quote(s)` : 'Counterclaim',
  });
}
