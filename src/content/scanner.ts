import type { ArticleRead } from '../core/article/index.ts';
import { isQuoteLanguage, pageLanguage } from '../core/quotes/lang/language.ts';
// The steps, not the reading's index: its plain form carries every language's lexicons, which an English page
// never needs; the content script loads them as a chunk of their own.
import {
  finishReadingSteps,
  READ_PHASES,
  readArticlePhase,
  scanOf,
  type QuoteReader,
} from '../core/reading/read-page.ts';
import type { PageScan } from '../core/reading/types.ts';
import { sendToBackground } from '../shared/messages.ts';
import { timed, yieldToPage } from './main-thread.ts';
import { hiddenByStyle } from './hidden-by-style.ts';
import type { QuoteLayer } from './quote-layer.ts';
import { runInSlices } from './run-in-slices.ts';
import { EXTRACT_PHASE } from '../core/reading/quote-slices.ts';

/** The article as last read, for the reader's selections to map back into. */
export interface ScanState {
  article: ArticleRead | null;
}

/** Tells the background this tab's report is about to change, so the popup says "reading" meanwhile. */
export async function announceScanning(): Promise<void> {
  await sendToBackground('page-status', { status: 'scanning', url: location.href }).catch(() => null);
}

/**
 * The quote reader for the article's language: the English one, or the French, Spanish, Portuguese and German
 * one, loaded as a chunk of its own only on a page that needs it so English pages never pay for its lexicons.
 */
async function readerFor(article: ArticleRead): Promise<QuoteReader | undefined> {
  const lang = pageLanguage(article.metadata.language, article.text);
  if (!isQuoteLanguage(lang)) return undefined;
  const { extractQuotesIn } = await import('../core/quotes/lang/index.ts');
  return (text) => extractQuotesIn(text, lang);
}

/** Reads the page (`core/reading`, each phase in tasks of its own, a long article's quotes over several), draws its quotes. */
async function readAndDraw(layer: QuoteLayer, state: ScanState, url: string): Promise<PageScan> {
  const article = await runInSlices(
    READ_PHASES.article,
    readArticlePhase(document, url, { isHidden: hiddenByStyle }),
  );
  const reading = await runInSlices(
    EXTRACT_PHASE,
    finishReadingSteps(article, url, document.title, await readerFor(article)),
  );
  await yieldToPage();
  timed('draw', () => layer.draw(reading.article.map, reading.found));
  // Saved highlights are found after the quotes are drawn, so our host is on the page before any mark could be.
  state.article = reading.article;
  await yieldToPage();
  return scanOf(reading);
}

/**
 * Reads the page, draws its quotes and reports them to the background, a task at a time so the page stays
 * responsive. Resolves when the background's report is drawn.
 */
export async function scanPage(layer: QuoteLayer, state: ScanState): Promise<void> {
  const url = location.href;
  let scan: PageScan;
  try {
    scan = await readAndDraw(layer, state, url);
  } catch (error) {
    // A reading that failed here must still end the tab's report, or the popup would say "reading" for good.
    await sendToBackground('page-status', { status: 'error', url }).catch(() => null);
    throw error;
  }
  const report = await sendToBackground('page-scanned', scan);
  if (location.href === url) timed('draw-report', () => layer.applyReport(report));
}
