import type { Claim, ClaimSelectors, ClaimSource } from '../claims/index.ts';
import { makeClaim } from '../claims/index.ts';
import { extractQuotes } from '../quotes/index.ts';
import type { Reading, ScannedClaimReview, ScannedQuote } from './types.ts';

/** A reading's claims: one per quote, in the order of its quotes, and one per fact-check review. */
export interface ReadingClaims {
  quotes: Claim[];
  factChecks: Claim[];
}

function quoteClaim(
  quote: ScannedQuote,
  source: ClaimSource,
  origin: 'page' | 'feed',
  now: number,
  lang?: string,
): Claim {
  return makeClaim(
    {
      text: quote.text,
      speaker: quote.speaker,
      cue: quote.cue,
      kind: quote.kind,
      source,
      origin,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote.text, prefix: quote.prefix, suffix: quote.suffix },
        { type: 'TextPositionSelector', start: quote.start, end: quote.end },
      ],
      ...(lang ? { lang } : {}),
    },
    now,
  );
}

/** A claim of origin `factcheck`: the claim reviewed, who made it, and the verdict. */
function factCheckClaim(
  review: ScannedClaimReview,
  page: ClaimSource,
  now: number,
  keepsUrl: (reviewUrl: string, pageUrl: string) => boolean,
): Claim {
  const claim = makeClaim(
    {
      text: review.claimReviewed,
      speaker: review.claimant ? { name: review.claimant, kind: 'unknown' } : null,
      cue: null,
      kind: 'statement',
      source: {
        ...page,
        url: review.url && keepsUrl(review.url, page.url) ? review.url : page.url,
        ...(review.datePublished ? { published: review.datePublished } : {}),
      },
      origin: 'factcheck',
    },
    now,
  );
  return {
    ...claim,
    rating: { ...review.rating, ...(review.reviewer ? { reviewer: review.reviewer } : {}) },
  };
}

/**
 * The claims of a reading, said at `source`: its quotes as claims of `origin` (a page the reader visited, or
 * one a feed brought), with the selectors that find them again, and its fact-check reviews.
 */
export function claimsOf(
  reading: Reading,
  source: ClaimSource,
  origin: 'page' | 'feed',
  now: number,
  keepsReviewUrl: (reviewUrl: string, pageUrl: string) => boolean = () => true,
): ReadingClaims {
  return {
    quotes: reading.quotes.map((quote) => quoteClaim(quote, source, origin, now, reading.language)),
    factChecks: reading.claimReviews.map((review) => factCheckClaim(review, source, now, keepsReviewUrl)),
  };
}

/** A reader's selection: the text they chose, the sentences around it, and where it sits on the page. */
export interface Selection {
  text: string;
  around: string;
  selectors?: ClaimSelectors;
}

/** The speaker of the quote in the surrounding sentences that holds the selection, when there is one. */
function guessSpeaker(text: string, around: string): Claim['speaker'] {
  const at = around.indexOf(text);
  if (at < 0) return null;
  const quote = extractQuotes(around).find((q) => q.start < at + text.length && q.end > at);
  return quote && quote.speaker.kind !== 'unknown'
    ? { name: quote.speaker.name, kind: quote.speaker.kind }
    : null;
}

/** The claim of origin `selection` made from a reader's selection, with its speaker when the page names one. */
export function selectionClaim(selection: Selection, source: ClaimSource, now: number): Claim {
  return makeClaim(
    {
      text: selection.text.replace(/\s+/g, ' ').trim(),
      speaker: guessSpeaker(selection.text, selection.around),
      cue: null,
      kind: 'statement',
      source,
      origin: 'selection',
      ...(selection.selectors ? { selectors: selection.selectors } : {}),
    },
    now,
  );
}
