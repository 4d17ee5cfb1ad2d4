import { readArticleSteps, type ArticleRead } from '../core/article/index.ts';
import { extractQuotes, type Quote } from '../core/quotes/index.ts';
import { isQuoteLanguage, pageLanguage } from '../core/quotes/lang/language.ts';
import { sendToBackground } from '../shared/messages.ts';
import type { PageScan } from '../shared/page-scan.ts';
import { timed, yieldToPage } from './main-thread.ts';
import { reportableQuotes } from '../shared/page-extraction/reportable-quotes.ts';
import { hiddenByStyle } from './hidden-by-style.ts';
import { buildPageScan } from './page-scan.ts';
import { runInSlices } from './run-in-slices.ts';
import type { QuoteLayer } from './quote-layer.ts';

/**
 * Article text read from one page, at most. A story of 30,000 words is about 200,000 characters; more
 * than this is not an article a reader reads, and reading it would hold the page's main thread.
 */
const maxArticleChars = 300_000;

/**
 * Article text analysed in one task. A news story of 1,500 words (about 9,000 characters) is read in one go,
 * exactly as the extractor reads it; a long read is cut into slices of whole blocks so no task of ours grows long.
 */
const sliceChars = 12_000;
/** Text read before a slice (whole blocks), so a speaker named a few paragraphs earlier is still known. */
const leadChars = 3_000;
/** Text read after a slice, so a quote that begins in the slice and runs on into the next block is whole. */
const trailChars = 1_500;

/** The article as last read, for the reader's selections to map back into. */
export interface ScanState {
  article: ArticleRead | null;
}

/** One slice of the article text: the quotes starting in [own, ownEnd) are taken from the text [from, to). */
export interface TextSlice {
  own: number;
  ownEnd: number;
  from: number;
  to: number;
}

/** Cuts a text of `length` characters made of `blocks` into slices of whole blocks, each with some context around it. */
export function planSlices(blocks: readonly { start: number; end: number }[], length: number): TextSlice[] {
  if (length <= sliceChars || blocks.length <= 1) return [{ own: 0, ownEnd: length, from: 0, to: length }];
  const slices: TextSlice[] = [];
  let own = 0;
  let first = 0;
  for (let i = 0; i < blocks.length; i++) {
    const isLast = i === blocks.length - 1;
    if (!isLast && blocks[i]!.end - own < sliceChars) continue;
    const ownEnd = isLast ? length : blocks[i]!.end;
    let lead = first;
    while (lead > 0 && own - blocks[lead - 1]!.start <= leadChars) lead--;
    let trail = i;
    while (trail + 1 < blocks.length && blocks[trail + 1]!.end - ownEnd <= trailChars) trail++;
    slices.push({
      own,
      ownEnd,
      from: Math.min(own, blocks[lead]!.start),
      to: Math.max(ownEnd, blocks[trail]!.end),
    });
    own = ownEnd;
    first = i + 1;
  }
  return slices;
}

const shiftSpan = <T extends { start: number; end: number }>(span: T, by: number): T => ({
  ...span,
  start: span.start + by,
  end: span.end + by,
});

/** A quote found in a slice, moved to offsets in the whole text. */
function shiftQuote(quote: Quote, by: number): Quote {
  if (by === 0) return quote;
  const moved: Quote = {
    ...shiftSpan(quote, by),
    cue: shiftSpan(quote.cue, by),
    speaker: { ...quote.speaker, mention: quote.speaker.mention && shiftSpan(quote.speaker.mention, by) },
  };
  if (quote.parts) moved.parts = quote.parts.map((part) => shiftSpan(part, by));
  return moved;
}

/**
 * A slice knows only the names of its own neighbourhood: a person named in full early in a long read and by
 * surname alone much later gets the full name back from the quotes already found.
 */
function restoreFullNames(quotes: Quote[]): Quote[] {
  const full = new Map<string, string>();
  return quotes.map((quote) => {
    const { name, kind } = quote.speaker;
    if (kind !== 'person') return quote;
    const space = name.lastIndexOf(' ');
    if (space > 0) {
      full.set(name.slice(space + 1), name);
      return quote;
    }
    const known = full.get(name);
    return known ? { ...quote, speaker: { ...quote.speaker, name: known } } : quote;
  });
}

/** Finds the quotes of the article slice by slice, one task per slice, in text order. */
export async function extractInSlices(
  text: string,
  blocks: readonly { start: number; end: number }[],
  pause: () => Promise<void> = yieldToPage,
  extract: (text: string) => Quote[] = extractQuotes,
): Promise<Quote[]> {
  const slices = planSlices(blocks, text.length);
  const quotes: Quote[] = [];
  for (const [i, slice] of slices.entries()) {
    if (i > 0) await pause();
    const found = timed('extract-quotes', () =>
      extract(slice.from === 0 && slice.to === text.length ? text : text.slice(slice.from, slice.to)),
    );
    for (const quote of found) {
      const start = quote.start + slice.from;
      if (start >= slice.own && start < slice.ownEnd) quotes.push(shiftQuote(quote, slice.from));
    }
  }
  return slices.length > 1 ? restoreFullNames(quotes) : quotes;
}

/**
 * The quote reader for the article's language: the English one, or the French, Spanish, Portuguese and German
 * one, loaded as a chunk of its own only on a page that needs it so English pages never pay for its lexicons.
 */
async function readerFor(article: ArticleRead): Promise<(text: string) => Quote[]> {
  const lang = pageLanguage(article.metadata.language, article.text);
  if (!isQuoteLanguage(lang)) return extractQuotes;
  const { extractQuotesIn } = await import('../core/quotes/lang/index.ts');
  return (text) => extractQuotesIn(text, lang);
}

/** Tells the background this tab's report is about to change, so the popup says "reading" meanwhile. */
export async function announceScanning(): Promise<void> {
  await sendToBackground('page-status', { status: 'scanning', url: location.href }).catch(() => null);
}

/**
 * Reads the page, finds its quotes, draws them and reports them to the background; each step is its
 * own task (a long article's quotes are found over several) so the page stays responsive. Resolves when the
 * background's report is drawn.
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

/** Reads the page, finds and draws its quotes, and describes them for the background. */
async function readAndDraw(layer: QuoteLayer, state: ScanState, url: string): Promise<PageScan> {
  // A long or hostile page is read over several tasks; a news story in one.
  const article = await runInSlices(
    'read-article',
    readArticleSteps(document, { url, maxChars: maxArticleChars, isHidden: hiddenByStyle }),
  );
  state.article = article;
  await yieldToPage();
  const quotes = article.isArticle
    ? reportableQuotes(
        await extractInSlices(article.text, article.blocks, yieldToPage, await readerFor(article)),
      )
    : [];
  await yieldToPage();
  timed('draw', () => layer.draw(article.map, quotes));
  // Drawing hundreds of quotes and describing them for the report are each a task's worth on a long read.
  await yieldToPage();
  return timed('report', () => buildPageScan(article, quotes, url, document.title));
}
