import type { ArticleMetadata } from '../../core/article/index.ts';
import type { ClaimSelectors } from '../../core/claims/claim.ts';
import type { QuoteKind, SpeakerKind, Stance } from '../../core/quotes/index.ts';

/** One attributed quote read from a page, in plain data that survives runtime messaging. */
export interface ExtractedQuote {
  text: string;
  kind: QuoteKind;
  speaker: { name: string; kind: SpeakerKind };
  cue: { text: string; lemma: string; stance: Stance };
  /** Where the quote sits in the page's article text, to find it again there. */
  selectors: ClaimSelectors;
}

/** What the feed reader learns from one article page: its text, metadata and quotes. */
export interface ExtractedPage {
  isArticle: boolean;
  text: string;
  metadata: ArticleMetadata;
  quotes: ExtractedQuote[];
  /** The language the quotes were read in, when the page declares it or its text tells it. */
  language?: string;
}

/** The message the background sends the offscreen document, and its answer. */
export const EXTRACT_MESSAGE = 'offscreen:extract-page';

/** Request to extract an article from HTML in the offscreen document. */
export interface ExtractRequest {
  target: 'offscreen';
  type: typeof EXTRACT_MESSAGE;
  html: string;
  url: string;
}

/** The offscreen document's answer: the page, or an error in words. */
export type ExtractAnswer = { ok: true; page: ExtractedPage } | { ok: false; error: string };
