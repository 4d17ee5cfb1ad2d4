import { runSteps } from '../article/index.ts';
import { readPageSteps, type PageOptions } from './read-page.ts';
import { quotesInLanguage } from './quotes-in-language.ts';
import type { PageReading } from './types.ts';

/**
 * Reads a page at once, in every language the quote reader knows: what the content script reports for it,
 * with the article read. Pure: it only reads `doc` (a live page, a DOMParser document or linkedom's), so the
 * extension's feed reader and the CLI agree with it. (The content script loads other languages' readers only
 * on pages that need them, so it imports the steps, never this file.)
 */
export function readPage(doc: Document, url: string, options: PageOptions = {}): PageReading {
  return runSteps(readPageSteps(doc, url, { readQuotes: quotesInLanguage, ...options }));
}
