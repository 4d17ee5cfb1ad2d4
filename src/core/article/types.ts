import type { TextMap } from './text-map.ts';

/** One main-text block: its offsets in the article text and the element that holds it. */
export interface ArticleBlock {
  start: number;
  end: number;
  element: Element;
}

/** Page metadata read from JSON-LD, meta tags and the markup. */
export interface ArticleMetadata {
  headline: string | null;
  outlet: string | null;
  canonicalUrl: string | null;
  /** The publication date as the page states it (usually ISO 8601). */
  published: string | null;
  authors: string[];
  language: string | null;
  dir: 'ltr' | 'rtl';
}

/** The rating a fact-checker gave a claim; numbers given as strings are parsed. */
export interface ClaimReviewRating {
  alternateName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

/** One schema.org ClaimReview found on a page. */
export interface ClaimReviewData {
  claimReviewed: string | null;
  /** Who made the claim (itemReviewed.author). */
  author: string | null;
  /** When the claim was made (itemReviewed.datePublished). */
  claimDate: string | null;
  /** Where the claim appeared (itemReviewed.appearance / firstAppearance url). */
  appearanceUrl: string | null;
  datePublished: string | null;
  url: string | null;
  reviewRating: ClaimReviewRating | null;
  /** Who reviewed the claim (the review's author, else publisher). */
  reviewer: string | null;
}

/** Everything Counterclaim reads from one page. */
export interface ArticleRead {
  isArticle: boolean;
  /** Why: "json-ld NewsArticle" (or another article type), "og:type", "<article>", "text density", "not an article". */
  reason: string;
  /** The main text: blocks joined by "\n\n", whitespace collapsed inside each block. */
  text: string;
  blocks: ArticleBlock[];
  map: TextMap;
  metadata: ArticleMetadata;
  claimReviews: ClaimReviewData[];
  /** True when a size or visit cap cut the reading short. */
  truncated: boolean;
}

/** Options for readArticle. */
export interface ReadArticleOptions {
  /** Cap on the article text length (default 2,000,000). */
  maxChars?: number;
  /** Cap on elements visited per pass (default 200,000). */
  maxElements?: number;
  /** The page URL when the document does not carry one (DOMParser and linkedom documents). */
  url?: string;
  /**
   * Whether an element is hidden from the reader by the page's styles (the browser passes one that reads computed
   * style); markup-hidden blocks (`hidden`, inline `display:none`) are skipped without it.
   */
  isHidden?: (el: Element) => boolean;
}
