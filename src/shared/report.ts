import type { QuoteKind, SpeakerKind, Stance } from '../core/quotes/types.ts';
import type { PageMetadata } from './page-scan.ts';

/** One reason, in words, why two claims are judged to conflict or agree. */
export interface ReasonView {
  code: string;
  text: string;
}

/** A claim from elsewhere that conflicts or agrees with a quote on the page. */
export interface RelatedClaimView {
  claimId: string;
  text: string;
  speaker: string | null;
  outlet: string;
  domain: string;
  url: string;
  published?: string;
  score: number;
  reasons: ReasonView[];
  /** The claim was said on the same page, by another speaker. */
  onThisPage: boolean;
  /** The reader marked the claim's outlet as trusted. */
  trusted: boolean;
}

/** One quote of the page with what other sources say about it. */
export interface QuoteReport {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  speaker: { name: string; kind: SpeakerKind };
  cue: { text: string; lemma: string; stance: Stance };
  conflicts: RelatedClaimView[];
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
  /** How many quotes of the page are disputed by other sources. */
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
