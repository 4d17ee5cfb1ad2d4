import { hasReason, type OnPage, type Related } from '../../core/conflicts/index.ts';
import type { ScannedQuote } from '../../shared/page-scan.ts';
import type { QuoteReport, TabReport } from '../../shared/report.ts';

/** One quote of the page with what other sources and the page itself say about it. */
export function quoteReport(
  index: number,
  quote: ScannedQuote,
  related: Related,
  onPage: OnPage,
): QuoteReport {
  return {
    index,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    cue: quote.cue,
    conflicts: [...related.conflicts, ...(onPage.conflicts.get(index) ?? [])],
    otherAccounts: [...related.otherAccounts, ...(onPage.otherAccounts.get(index) ?? [])],
    agreeing: related.agreeing.length,
  };
}

/**
 * The tab's report, and the one place its marks are decided. Invariant: no quote is drawn, counted or badged as
 * disputed without at least one reason in words. A dispute without one is dropped here, whatever produced it,
 * before the report reaches the page, the popup or the badge.
 */
export function tabReport(report: Omit<TabReport, 'disputed'>): TabReport {
  const quotes = report.quotes.map((quote) => ({
    ...quote,
    conflicts: quote.conflicts.filter(hasReason),
  }));
  return {
    ...report,
    quotes,
    // The badge counts quotes other sources dispute; a dispute within the page is drawn but not counted.
    disputed: quotes.filter((q) => q.conflicts.some((c) => !c.onThisPage)).length,
  };
}
