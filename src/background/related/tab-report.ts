import { hasReason, type Related, type RelatedClaimView } from '../../core/conflicts/index.ts';
import type { ScannedQuote } from '../../shared/page-scan.ts';
import type { QuoteReport, TabReport } from '../../shared/report.ts';

/**
 * One quote of the page with what other sources say about it (`related`) and the other accounts the page itself
 * gives (`onPage`, from `accountsOnPage`), listed but never marked.
 */
export function quoteReport(
  index: number,
  quote: ScannedQuote,
  related: Related,
  onPage: ReadonlyMap<number, RelatedClaimView[]>,
): QuoteReport {
  return {
    index,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    cue: quote.cue,
    conflicts: related.conflicts,
    otherAccounts: [...related.otherAccounts, ...(onPage.get(index) ?? [])],
    agreeing: related.agreeing.length,
  };
}

/**
 * The tab's report, and the one place its marks are decided. Invariant: no quote is drawn, counted or badged as
 * disputed without at least one reason in words, nor by the page it is on. A dispute without a reason, or from
 * the page itself, is dropped here, whatever produced it, before the report reaches the page, the popup or the
 * badge.
 */
export function tabReport(report: Omit<TabReport, 'disputed'>): TabReport {
  // Only another source disputes a quote: the page's own other accounts are listed, not marked.
  const quotes = report.quotes.map((quote) => ({
    ...quote,
    conflicts: quote.conflicts.filter((c) => hasReason(c) && !c.onThisPage),
  }));
  return {
    ...report,
    quotes,
    disputed: quotes.filter((q) => q.conflicts.length > 0).length,
  };
}
