import { READ_PHASES, readPageSteps, scanOf } from '../core/reading/index.ts';
import type { ArticleRead } from '../core/article/index.ts';
import { sendToBackground } from '../shared/messages.ts';
import { timed, yieldToPage } from './main-thread.ts';
import { runInSlices } from './run-in-slices.ts';
import type { QuoteLayer } from './quote-layer.ts';

/** The article as last read, for the reader's selections to map back into. */
export interface ScanState {
  article: ArticleRead | null;
}

/** Tells the background this tab's report is about to change, so the popup says "reading" meanwhile. */
export async function announceScanning(): Promise<void> {
  await sendToBackground('page-status', { status: 'scanning', url: location.href }).catch(() => null);
}

/**
 * Reads the page (`core/reading`, each phase in tasks of its own, a long article's quotes over several, so the
 * page stays responsive), draws its quotes and reports them to the background. Resolves when the
 * background's report is drawn.
 */
export async function scanPage(layer: QuoteLayer, state: ScanState): Promise<void> {
  const url = location.href;
  const reading = await runInSlices(READ_PHASES.article, readPageSteps(document, url));
  state.article = reading.article;
  await yieldToPage();
  timed('draw', () => layer.draw(reading.article.map, reading.found));
  await yieldToPage();
  const report = await sendToBackground('page-scanned', scanOf(reading));
  if (location.href === url) timed('draw-report', () => layer.applyReport(report));
}
