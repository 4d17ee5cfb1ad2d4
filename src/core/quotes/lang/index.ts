/** Quotes in French, Spanish, Portuguese and German: loaded apart from the English reader, on pages that need it. */
export { extractQuotesIn, QUOTE_LANGUAGES, type LangExtractOptions } from './extract.ts';
export { baseLanguage, guessLanguage, isQuoteLanguage, pageLanguage } from './language.ts';
export type { QuoteLanguage } from './pack.ts';
