import { readArticleSteps, type ArticleRead, type ReadArticleOptions, type Steps } from '../article/index.ts';
import { extractQuotes, type Quote } from '../quotes/index.ts';
import { pageLanguage } from '../quotes/lang/language.ts';
import { limits } from './limits.ts';
import { findQuotesSteps } from './quote-slices.ts';
import { reportableQuotes } from './reportable-quotes.ts';
import { pageMetadata, scannedQuote, scannedReview } from './scan-parts.ts';
import type { PageReading, PageScan, ScannedClaimReview } from './types.ts';

/** The phases of a reading: the first is the caller's to name, each later one is begun in a task of its own. */
export const READ_PHASES = { article: 'read-article', report: 'report' } as const;

/** Finds the quotes of a text read in a language: the page's declared one, else the guess from its text. */
export type QuoteReader = (text: string, lang: string | null) => Quote[];

/** What the context tells the reading besides the document: a browser's computed style, the quote reader. */
export interface PageOptions extends Pick<ReadArticleOptions, 'isHidden'> {
  /** English only by default; the CLI and the feed reader pass every language's reader. */
  readQuotes?: QuoteReader;
}

/** The article steps of a reading, within the one cap on article text. */
export function readArticlePhase(doc: Document, url: string, options: PageOptions = {}): Steps<ArticleRead> {
  return readArticleSteps(doc, { isHidden: options.isHidden, url, maxChars: limits.articleChars });
}

/** The rest of a reading once the article is read: its quotes slice by slice, then the report. */
export function* finishReadingSteps(
  article: ArticleRead,
  url: string,
  title: string,
  readQuotes: QuoteReader = (text) => extractQuotes(text),
): Steps<PageReading> {
  const lang = pageLanguage(article.metadata.language, article.text);
  const quotes: Quote[] = article.isArticle
    ? reportableQuotes(yield* findQuotesSteps(article.text, article.blocks, (t) => readQuotes(t, lang)))
    : [];
  yield READ_PHASES.report;
  const page = pageMetadata(article, url, title);
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
 * Reads a page in resumable steps: the article and its metadata, the attributed quotes slice by slice, then the
 * report, all within the caps the background enforces. Run to the end at once, it is `readPage`.
 */
export function* readPageSteps(doc: Document, url: string, options: PageOptions = {}): Steps<PageReading> {
  const article = yield* readArticlePhase(doc, url, options);
  return yield* finishReadingSteps(article, url, doc.title, options.readQuotes);
}

/** The plain report of a reading, as sent between contexts: no DOM, no quote parts. */
export function scanOf(reading: PageReading): PageScan {
  const { status, page, quotes, claimReviews, textLength } = reading;
  return { status, page, quotes, claimReviews, textLength };
}
