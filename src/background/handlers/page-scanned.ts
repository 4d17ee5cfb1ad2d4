import type { Claim } from '../../core/claims/claim.ts';
import { makeClaim } from '../../core/claims/make-claim.ts';
import type { Runtime } from '../../shared/browser.ts';
import { pageScanSchema, type PageScan, type ScannedQuote } from '../../shared/page-scan.ts';
import { accountsOnPage } from '../../core/conflicts/index.ts';
import type { QuoteReport, TabReport } from '../../shared/report.ts';
import { loadSettings } from '../../shared/settings-storage.ts';
import { showBadge } from '../badge.ts';
import { claimStore } from '../claim-store.ts';
import { factCheckClaims } from '../fact-checks.ts';
import { relatedInStore } from '../related/find-related.ts';
import { quoteReport, tabReport } from '../related/tab-report.ts';
import { senderTabId } from '../senders.ts';
import { claimSource, collects } from '../sources.ts';
import { setTabError, setTabReport } from '../tab-reports.ts';
import { validate } from '../validate.ts';

function quoteClaim(quote: ScannedQuote, source: Claim['source'], now: number, lang?: string): Claim {
  return makeClaim(
    {
      text: quote.text,
      speaker: quote.speaker,
      cue: quote.cue,
      kind: quote.kind,
      source,
      origin: 'page',
      selectors: [
        { type: 'TextQuoteSelector', exact: quote.text, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: quote.start, end: quote.end },
      ],
      ...(lang ? { lang } : {}),
    },
    now,
  );
}

/**
 * Takes a page's scan: validates it, turns its quotes into claims (stored when the reader collects from
 * that outlet), finds what other sources and the page itself say otherwise, keeps the tab's report and
 * shows the badge.
 */
export async function onPageScanned(payload: PageScan, sender: Runtime.MessageSender): Promise<TabReport> {
  const tabId = senderTabId(sender);
  let page: PageScan['page'] | null = null;
  try {
    const scan = validate(pageScanSchema, payload, 'page scan');
    page = scan.page;
    return await reportPage(tabId, scan);
  } catch (error) {
    // The caller hears of the failure too, but the tab's report must not stay at "scanning".
    const failed = await setTabError(tabId, page, error);
    await showBadge(tabId, failed).catch(() => undefined);
    throw error;
  }
}

/** The report of a checked scan: its claims stored, their conflicts found, the tab's report and badge set. */
async function reportPage(tabId: number, scan: PageScan): Promise<TabReport> {
  const { settings } = await loadSettings();
  const now = Date.now();
  const source = claimSource(settings, scan.page);
  const claims = scan.quotes.map((quote) => quoteClaim(quote, source, now, scan.page.language));
  const factChecks = factCheckClaims(scan.claimReviews, source, now);
  if (scan.status === 'article' && collects(settings, scan.page.url)) {
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
    page: scan.page,
    quotes,
    otherSourceClaims: Math.max(0, (await claimStore.count()) - ownClaims),
    scannedAt: now,
  });
  await setTabReport(tabId, report);
  await showBadge(tabId, report);
  return report;
}
