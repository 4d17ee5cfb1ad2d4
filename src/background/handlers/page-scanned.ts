import type { Runtime } from '../../shared/browser.ts';
import { pageScanSchema, type PageScan } from '../../shared/page-scan.ts';
import type { TabReport } from '../../shared/report.ts';
import { showBadge } from '../badge.ts';
import { senderTabId } from '../senders.ts';
import { setTabReport } from '../tab-reports.ts';
import { validate } from '../validate.ts';

/** Takes a page's scan: validates it, builds the tab's report, keeps it and shows the badge. */
export async function onPageScanned(payload: PageScan, sender: Runtime.MessageSender): Promise<TabReport> {
  const tabId = senderTabId(sender);
  const scan = validate(pageScanSchema, payload, 'page scan');
  const report: TabReport = {
    status: scan.status,
    page: scan.page,
    quotes: scan.quotes.map((quote, index) => ({
      index,
      start: quote.start,
      end: quote.end,
      text: quote.text,
      kind: quote.kind,
      speaker: quote.speaker,
      cue: quote.cue,
      conflicts: [],
      agreeing: 0,
    })),
    disputed: 0,
    otherSourceClaims: 0,
    scannedAt: Date.now(),
  };
  await setTabReport(tabId, report);
  await showBadge(tabId, report);
  return report;
}
