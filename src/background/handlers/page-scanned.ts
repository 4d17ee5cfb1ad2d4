import { claimsOf } from '../../core/reading/index.ts';
import type { Runtime } from '../../shared/browser.ts';
import type { RequestOf } from '../../shared/protocol.ts';
import { accountsOnPage } from '../../core/conflicts/index.ts';
import type { QuoteReport, TabReport } from '../../shared/report.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import { showBadge } from '../badge.ts';
import { claimStore } from '../store-instance.ts';
import { sameSite } from '../../shared/registrable-domain.ts';
import { isPrivateSender, senderPage, trustedPage } from '../page-identity.ts';
import { relatedInStore } from '../related/find-related.ts';
import { quoteReport, tabReport } from '../related/tab-report.ts';
import { spendScan } from '../scan-budget.ts';
import { senderTabId } from '../senders.ts';
import { claimSource, collects, isFactChecker } from '../sources.ts';
import { setTabError, setTabReport } from '../tab-reports.ts';

/** The report of a tab in a private window the reader did not ask to read: nothing stored, nothing looked up. */
function privateReport(now: number): TabReport {
  return { status: 'private', page: null, quotes: [], disputed: 0, otherSourceClaims: 0, scannedAt: now };
}

/**
 * Takes a page's scan (already checked by the router): files it under the sender's own address and outlet, turns
 * its quotes into claims (stored when the reader collects from that outlet; fact-checks only from fact-checkers),
 * finds what other sources and the page itself say otherwise, keeps the tab's report and shows the badge.
 */
export async function onPageScanned(
  scan: RequestOf<'page-scanned'>,
  sender: Runtime.MessageSender,
): Promise<TabReport> {
  const tabId = senderTabId(sender);
  try {
    return await reportPage(tabId, scan, sender);
  } catch (error) {
    // The caller hears of the failure too, but the tab's report must not stay at "scanning".
    const failed = await setTabError(tabId, senderPage(sender, scan.page), error);
    await showBadge(tabId, failed).catch(() => undefined);
    throw error;
  }
}

/**
 * Ends the tab's report in the error state when the router refused its scan (wrong shape or size): the handler
 * never ran, and the popup must not say "reading" for good.
 */
export async function onScanRefused(sender: Runtime.MessageSender, error: unknown): Promise<void> {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return;
  const failed = await setTabError(tabId, null, error);
  await showBadge(tabId, failed).catch(() => undefined);
}

/** The report of a checked scan: its claims stored, their conflicts found, the tab's report and badge set. */
async function reportPage(
  tabId: number,
  scan: RequestOf<'page-scanned'>,
  sender: Runtime.MessageSender,
): Promise<TabReport> {
  const { settings } = await loadSettings();
  const now = Date.now();
  if (isPrivateSender(sender) && !settings.readPrivateWindows) {
    const report = privateReport(now);
    await setTabReport(tabId, report);
    await showBadge(tabId, report);
    return report;
  }
  await spendScan(tabId, now);
  const page = trustedPage(settings, sender, scan.page);
  const source = claimSource(page);
  const { quotes: claims, factChecks } = claimsOf(
    {
      quotes: scan.quotes,
      // Only a fact-checker's reviews count, and a review's own URL only on the page's site.
      claimReviews: isFactChecker(settings, page.url) ? scan.claimReviews : [],
      ...(page.language ? { language: page.language } : {}),
    },
    source,
    'page',
    now,
    sameSite,
  );
  if (scan.status === 'article' && collects(settings, page.url)) {
    await claimStore.putPageClaims(
      {
        url: source.url,
        outlet: source.outlet,
        domain: source.domain,
        headline: source.headline,
        ...(source.published ? { published: source.published } : {}),
        quoteCount: scan.quotes.length,
      },
      [...claims, ...factChecks],
    );
  }
  const onPage = accountsOnPage(claims);
  const quotes: QuoteReport[] = [];
  for (const [index, quote] of scan.quotes.entries()) {
    const related = await relatedInStore(claimStore, settings, claims[index]!);
    quotes.push(quoteReport(index, quote, related, onPage));
  }
  const ownClaims = scan.status === 'article' ? await claimStore.countForUrl(source.url) : 0;
  const report: TabReport = tabReport({
    status: scan.status,
    page,
    quotes,
    otherSourceClaims: Math.max(0, (await claimStore.count()) - ownClaims),
    scannedAt: now,
  });
  await setTabReport(tabId, report);
  await showBadge(tabId, report);
  return report;
}
