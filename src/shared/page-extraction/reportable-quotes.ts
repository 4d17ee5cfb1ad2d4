import type { Quote } from '../../core/quotes/index.ts';
import { limits } from '../limits.ts';

/**
 * The quotes of a page worth reporting: within the caps the background enforces, in text order, so their
 * indexes line up wherever the page was read (content script, offscreen document, feed text).
 */
export function reportableQuotes(quotes: Quote[]): Quote[] {
  return quotes.filter((q) => q.text.length <= limits.quoteChars).slice(0, limits.quotesPerPage);
}
