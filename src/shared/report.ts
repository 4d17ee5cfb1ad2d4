import type { QuoteKind, SpeakerKind, Stance } from '../core/quotes/types.ts';
import type { RelatedClaimView } from '../core/conflicts/related/claim-view.ts';
import type { PageMetadata } from './page-scan.ts';

// The related-claim view model is core's, so the CLI prints what the popup and the page's card show.
export type { ReasonView, RelatedClaimView } from '../core/conflicts/related/claim-view.ts';

/** One quote of the page with what other sources say about it. */
export interface QuoteReport {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: { name: string; kind: SpeakerKind };
  cue: { text: string; lemma: string; stance: Stance };
  /** Claims that dispute the quote, each with at least one reason in words: drawn, counted and badged. */
  conflicts: RelatedClaimView[];
  /**
   * Claims about the same point that the judge does not call disputed: listed in the popup under "Other
   * accounts", never drawn, counted or badged. Absent in reports written before the tier existed.
   */
  otherAccounts?: RelatedClaimView[];
  /** How many claims from other outlets agree with the quote. */
  agreeing: number;
}

/**
 * Where a tab stands: scanned, not an article, turned off, in a private window not read, still being read, or a
 * reading that failed.
 */
export type PageStatus =
  'scanning' | 'article' | 'not-article' | 'disabled' | 'private' | 'unsupported' | 'error';

/** Everything the popup shows for one tab. */
export interface TabReport {
  status: PageStatus;
  page: PageMetadata | null;
  quotes: QuoteReport[];
  /** How many quotes of the page are disputed by other sources (each dispute with a reason in words). */
  disputed: number;
  /** How many claims the store holds from sources other than this page. */
  otherSourceClaims: number;
  /** Epoch milliseconds of the scan. */
  scannedAt: number;
  /** Why the reading failed, in words, when `status` is 'error'. */
  error?: string;
}

/**
 * The `storage.session` key of a tab's report: written by the background, read by the popup itself so that
 * opening it never waits for the service worker.
 */
export const tabReportKey = (tabId: number): string => `tab:${tabId}`;
