/**
 * Caps on reading a page and on what a page may send: page text is attacker-controlled, so every field has a
 * bound. One table for every reader (content script, feed pages, feed text, the CLI) and for the background's
 * checks, so what is read always fits what is accepted.
 */
export const limits = {
  /**
   * Article text read from one page, at most. A story of 30,000 words is about 200,000 characters; more than
   * this is not an article a reader reads, and reading it would hold the page's main thread.
   */
  articleChars: 300_000,
  /** Characters of one quote's text. */
  quoteChars: 4_000,
  /** Quotes accepted from one page scan; a page with more is rejected whole. */
  quotesPerPage: 2_000,
  /** Characters of short fields: names, outlet, cue, headline. */
  shortChars: 500,
  /** Characters of a URL. */
  urlChars: 2_048,
  /** Characters of a reader's selection. */
  selectionChars: 2_000,
  /** Characters of selector context (prefix and suffix). */
  contextChars: 64,
  /** Fact-check reviews accepted from one page. */
  claimReviewsPerPage: 50,
  /** Characters of an import file sent from the options page (a browser message carries at most 64 MB). */
  importChars: 48 * 1024 * 1024,
  /** Bytes of one message as JSON: anything larger is refused before it is looked at. */
  messageBytes: 4_000_000,
} as const;
