import type { ArticleRead } from '../core/article/index.ts';
import { READ_PHASES, readPageSteps, scanOf, type PageScan } from '../core/reading/index.ts';
import { sendToBackground } from '../shared/messages.ts';
import { timed, yieldToPage } from './main-thread.ts';
import { hiddenByStyle } from './hidden-by-style.ts';
import type { QuoteLayer } from './quote-layer.ts';
import { runInSlices } from './run-in-slices.ts';

/** The article as last read, for the reader's selections to map back into. */
export interface ScanState {
  article: ArticleRead | null;
}

/** Tells the background this tab's report is about to change, so the popup says "reading" meanwhile. */
export async function announceScanning(): Promise<void> {
  await sendToBackground('page-status', { status: 'scanning', url: location.href }).catch(() => null);
}

/** Reads the page (`core/reading`, each phase in tasks of its own, a long article's quotes over several), draws its quotes. */
async function readAndDraw(layer: QuoteLayer, state: ScanState, url: string): Promise<PageScan> {
  const reading = await runInSlices(
    READ_PHASES.article,
    readPageSteps(document, url, { isHidden: hiddenByStyle }),
  );
  state.article = reading.article;
  await yieldToPage();
  timed('draw', () => layer.draw(reading.article.map, reading.found));
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
