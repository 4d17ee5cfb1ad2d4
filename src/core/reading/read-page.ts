import { readArticleSteps, runSteps, type ReadArticleOptions, type Steps } from '../article/index.ts';
import type { Quote } from '../quotes/index.ts';
import { limits } from './limits.ts';
import { findQuotesSteps } from './quote-slices.ts';
import { reportableQuotes } from './reportable-quotes.ts';
import { pageMetadata, scannedQuote, scannedReview } from './scan-parts.ts';
import type { PageReading, PageScan, ScannedClaimReview } from './types.ts';

/** The phases of a reading: the first is the caller's to name, each later one is begun in a task of its own. */
export const READ_PHASES = { article: 'read-article', report: 'report' } as const;

/** What the context can tell the reading besides the document: a browser passes its computed style. */
export type PageOptions = Pick<ReadArticleOptions, 'isHidden'>;

/**
 * Reads a page in resumable steps: the article and its metadata, the attributed quotes slice by slice, then the
 * report, all within the caps the background enforces. The content script runs it a task at a time; run to
 * the end at once, it is `readPage`.
 */
export function* readPageSteps(doc: Document, url: string, options: PageOptions = {}): Steps<PageReading> {
  const article = yield* readArticleSteps(doc, { ...options, url, maxChars: limits.articleChars });
  const quotes: Quote[] = article.isArticle
    ? reportableQuotes(yield* findQuotesSteps(article.text, article.blocks))
    : [];
  yield READ_PHASES.report;
  const page = pageMetadata(article, url, doc.title);
  return {
    status: article.isArticle ? 'article' : 'not-article',
    page,
    quotes: quotes.map((q) => scannedQuote(article.text, q)),
    claimReviews: article.claimReviews
      .map((r) => scannedReview(r, page.url))
      .filter((r): r is ScannedClaimReview => r !== null)
      .slice(0, limits.claimReviewsPerPage),
    textLength: article.text.length,
    article,
    found: quotes,
  };
}

/**
 * Reads a page at once: what the content script reports for it, with the article read. Pure: it only reads
 * `doc` (a live page, a DOMParser document or linkedom's), so the extension, its workers and the CLI agree.
 */
export function readPage(doc: Document, url: string, options: PageOptions = {}): PageReading {
  return runSteps(readPageSteps(doc, url, options));
}

/** The plain report of a reading, as sent between contexts: no DOM, no quote parts. */
export function scanOf(reading: PageReading): PageScan {
  const { status, page, quotes, claimReviews, textLength } = reading;
  return { status, page, quotes, claimReviews, textLength };
}
