import { guessLanguage } from '../quotes/lang/language.ts';
import { quotesInLanguage } from './quotes-in-language.ts';
import { reportableQuotes } from './reportable-quotes.ts';
import { scannedQuote } from './scan-parts.ts';
import type { Reading } from './types.ts';

/**
 * Reads a text that came without a page (a feed item's own content): its reportable quotes, capped and
 * described as a page's are. A feed item's text is short, so it is read whole.
 */
export function readText(text: string): Reading {
  const language = guessLanguage(text);
  return {
    quotes: reportableQuotes(quotesInLanguage(text, language)).map((q) => scannedQuote(text, q)),
    claimReviews: [],
    ...(language ? { language } : {}),
  };
}
