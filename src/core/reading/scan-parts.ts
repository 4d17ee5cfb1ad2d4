// The one function, not the anchoring index: the content script loads the fuzzy matcher only where it is needed.
import { describeSelection } from '../anchor/describe-selection.ts';
import type { ArticleRead, ClaimReviewData } from '../article/index.ts';
import type { Quote } from '../quotes/index.ts';
import { pageLanguage } from '../quotes/lang/language.ts';
import { hostOf } from './host-of.ts';
import { limits } from './limits.ts';
import type { PageMetadata, ScannedClaimReview, ScannedQuote } from './types.ts';

const clip = (text: string | null | undefined, max: number = limits.shortChars): string =>
  (text ?? '').slice(0, max);

/** `candidate` made absolute when it is an http(s) URL within the cap, else `fallback`. */
function httpUrl(candidate: string | null, fallback: string): string {
  try {
    const url = new URL(candidate ?? '', fallback);
    return /^https?:$/.test(url.protocol) && url.href.length <= limits.urlChars ? url.href : fallback;
  } catch {
    return fallback;
  }
}

/** The page's metadata, clipped to the caps the background enforces so an odd page still gets through. */
export function pageMetadata(article: ArticleRead, url: string, title: string): PageMetadata {
  const { metadata } = article;
  const language = pageLanguage(metadata.language, article.text);
  const pageUrl = url.slice(0, limits.urlChars);
  return {
    url: pageUrl,
    canonicalUrl: httpUrl(metadata.canonicalUrl, pageUrl),
    outlet: clip(metadata.outlet || hostOf(url)),
    domain: clip(hostOf(url)),
    headline: clip(metadata.headline || title),
    ...(metadata.published ? { published: clip(metadata.published) } : {}),
    authors: metadata.authors.slice(0, 20).map((a) => clip(a)),
    ...(language ? { language } : {}),
  };
}

/** A quote as a page reports it: clipped, with the context either side that finds it again in `text`. */
export function scannedQuote(text: string, quote: Quote): ScannedQuote {
  const [selector] = describeSelection(text, quote.start, quote.end, limits.contextChars / 2);
  return {
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    cue: { text: clip(quote.cue.text), lemma: clip(quote.cue.lemma), stance: quote.cue.stance },
    speaker: { name: clip(quote.speaker.name), kind: quote.speaker.kind },
    prefix: selector.prefix,
    suffix: selector.suffix,
  };
}

/** A fact-check review as a page reports it, clipped; none for a review that names no claim. */
export function scannedReview(review: ClaimReviewData, pageUrl: string): ScannedClaimReview | null {
  if (!review.claimReviewed) return null;
  const rating = review.reviewRating;
  const number = (n: number | null | undefined) =>
    typeof n === 'number' && Number.isFinite(n) ? n : undefined;
  return {
    claimReviewed: clip(review.claimReviewed, limits.quoteChars),
    ...(review.author ? { claimant: clip(review.author) } : {}),
    ...(review.reviewer ? { reviewer: clip(review.reviewer) } : {}),
    url: httpUrl(review.url, pageUrl),
    ...(review.datePublished ? { datePublished: clip(review.datePublished) } : {}),
    rating: {
      name: clip(rating?.alternateName ?? 'Reviewed'),
      ...(number(rating?.ratingValue) !== undefined ? { value: number(rating?.ratingValue) } : {}),
      ...(number(rating?.bestRating) !== undefined ? { best: number(rating?.bestRating) } : {}),
      ...(number(rating?.worstRating) !== undefined ? { worst: number(rating?.worstRating) } : {}),
    },
  };
}
