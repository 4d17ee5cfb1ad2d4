import type { ArticleRead } from '../article/index.ts';
import type { Quote, QuoteKind, SpeakerKind, Stance } from '../quotes/index.ts';

/** Where a page's quotes were said, clipped to the caps: its URLs, outlet, headline, date and authors. */
export interface PageMetadata {
  url: string;
  canonicalUrl: string;
  outlet: string;
  domain: string;
  headline: string;
  published?: string;
  authors: string[];
  /** The language the quotes were read in: the page's declared one, else the guess from its text. */
  language?: string;
}

/** One attributed quote as a page reports it, with the context that finds it again in the article text. */
export interface ScannedQuote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  cue: { text: string; lemma: string; stance: Stance };
  speaker: { name: string; kind: SpeakerKind };
  prefix: string;
  suffix: string;
}

/** A fact-checker's review found in a page's JSON-LD, clipped to the caps. */
export interface ScannedClaimReview {
  claimReviewed: string;
  claimant?: string;
  reviewer?: string;
  url?: string;
  datePublished?: string;
  rating: { name: string; value?: number; best?: number; worst?: number };
}

/** What a page reports of itself, in plain data: the message the content script sends and the feed reader gets. */
export interface PageScan {
  status: 'article' | 'not-article';
  page: PageMetadata;
  quotes: ScannedQuote[];
  claimReviews: ScannedClaimReview[];
  textLength: number;
}

/** The quotes and reviews of something read: a page's scan, or a text that came without a page. */
export type Reading = Pick<PageScan, 'quotes' | 'claimReviews'> & { language?: string };

/** One reading of a page: its report, with the article and the quotes as found, to draw them and map selections. */
export interface PageReading extends PageScan {
  article: ArticleRead;
  /** The reported quotes as the extractor found them (with their parts), in the order of `quotes`. */
  found: Quote[];
}
