import { readArticle, type ArticleRead } from '../core/article/index.ts';
import { extractQuotes } from '../core/quotes/index.ts';
import { sendToBackground } from '../shared/messages.ts';
import { timed, yieldToPage } from './main-thread.ts';
import { buildPageScan, reportableQuotes } from './page-scan.ts';
import type { QuoteLayer } from './quote-layer.ts';

/**
 * Article text read from one page, at most. A story of 30,000 words is about 200,000 characters; more
 * than this is not an article a reader reads, and reading it would hold the page's main thread.
 */
const maxArticleChars = 300_000;

/** The article as last read, for the reader's selections to map back into. */
export interface ScanState {
  article: ArticleRead | null;
}

/**
 * Reads the page, finds its quotes, draws them and reports them to the background; each step is its
 * own task so the page stays responsive. Resolves when the background's report is drawn.
 */
export async function scanPage(layer: QuoteLayer, state: ScanState): Promise<void> {
  const url = location.href;
  await sendToBackground('page-status', { status: 'scanning', url }).catch(() => null);
  const article = timed('read-article', () => readArticle(document, { url, maxChars: maxArticleChars }));
  state.article = article;
  await yieldToPage();
  const quotes = article.isArticle ? timed('extract-quotes', () => reportableQuotes(extractQuotes(article.text))) : [];
  await yieldToPage();
  timed('draw', () => layer.draw(article.map, quotes));
  const scan = timed('report', () => buildPageScan(article, quotes, url, document.title));
  const report = await sendToBackground('page-scanned', scan);
  if (location.href === url) timed('draw-report', () => layer.applyReport(report));
}
