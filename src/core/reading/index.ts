/** One reading of a page, the same wherever it runs (content script, feed pages, feed text, the CLI), and the claims made from it. */
export {
  finishReadingSteps,
  readArticlePhase,
  readPageSteps,
  scanOf,
  READ_PHASES,
  type PageOptions,
  type QuoteReader,
} from './read-page.ts';
export { readPage } from './read-page-at-once.ts';
export { quotesInLanguage } from './quotes-in-language.ts';
export { readText } from './read-text.ts';
export { claimsOf, selectionClaim, type ReadingClaims, type Selection } from './claims-of.ts';
export { pageMetadata } from './scan-parts.ts';
export { planSlices, findQuotesSteps, EXTRACT_PHASE, type TextSlice } from './quote-slices.ts';
export { reportableQuotes } from './reportable-quotes.ts';
export { limits } from './limits.ts';
export { hostOf } from './host-of.ts';
export type {
  PageMetadata,
  PageReading,
  PageScan,
  Reading,
  ScannedClaimReview,
  ScannedQuote,
} from './types.ts';
