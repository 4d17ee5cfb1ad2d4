import { extractQuotes, type Quote } from '../quotes/index.ts';
import { extractQuotesIn, isQuoteLanguage } from '../quotes/lang/index.ts';

/**
 * The attributed quotes of an article text read in its language: French, Spanish, Portuguese and German by their
 * own reader, anything else by the English one. For the background and the CLI, where bundle size is no concern;
 * the content script loads the other languages' reader only on pages that need it.
 */
export function quotesInLanguage(text: string, lang: string | null | undefined): Quote[] {
  return isQuoteLanguage(lang) ? extractQuotesIn(text, lang) : extractQuotes(text);
}
