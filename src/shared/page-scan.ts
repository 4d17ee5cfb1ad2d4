import * as v from 'valibot';
import type { PageMetadata, PageScan, ScannedClaimReview, ScannedQuote } from '../core/reading/index.ts';
import { limits } from '../core/reading/limits.ts';

const shortText = v.pipe(v.string(), v.maxLength(limits.shortChars));
const url = v.pipe(
  v.string(),
  v.maxLength(limits.urlChars),
  v.regex(/^https?:\/\//i, 'must be an http(s) URL'),
);
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const stance = v.picklist(['assert', 'deny', 'hedge']);

/** Page metadata as a page's reading reports it. */
export const pageMetadataSchema = v.object({
  url,
  canonicalUrl: url,
  outlet: shortText,
  domain: shortText,
  headline: shortText,
  published: v.optional(shortText),
  authors: v.pipe(v.array(shortText), v.maxLength(20)),
  /** The language the quotes were read in: the page's declared one, else the guess from its text. */
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'must be a language subtag'))),
});

/** One attributed quote as found on a page, with the selectors that find it again. */
export const scannedQuoteSchema = v.object({
  start: offset,
  end: offset,
  text: v.pipe(v.string(), v.maxLength(limits.quoteChars)),
  kind: v.picklist(['direct', 'indirect', 'mixed']),
  cue: v.object({ text: shortText, lemma: shortText, stance }),
  speaker: v.object({
    name: shortText,
    kind: v.picklist(['person', 'organization', 'group', 'document', 'unknown']),
  }),
  prefix: v.pipe(v.string(), v.maxLength(limits.contextChars)),
  suffix: v.pipe(v.string(), v.maxLength(limits.contextChars)),
});

/** A fact-checker's review found in a page's JSON-LD. */
export const claimReviewSchema = v.object({
  claimReviewed: v.pipe(v.string(), v.maxLength(limits.quoteChars)),
  claimant: v.optional(shortText),
  reviewer: v.optional(shortText),
  url: v.optional(url),
  datePublished: v.optional(shortText),
  rating: v.object({
    name: shortText,
    value: v.optional(v.number()),
    best: v.optional(v.number()),
    worst: v.optional(v.number()),
  }),
});

/** An array of at most `max` items, counted before any item is read: an oversized list is refused cheaply. */
function cappedArray<Item extends v.GenericSchema>(item: Item, max: number) {
  return v.pipe(v.array(v.unknown()), v.maxLength(max), v.array(item));
}

/** What the content script reports for each page it looks at. */
export const pageScanSchema = v.object({
  status: v.picklist(['article', 'not-article']),
  page: pageMetadataSchema,
  quotes: cappedArray(scannedQuoteSchema, limits.quotesPerPage),
  claimReviews: cappedArray(claimReviewSchema, limits.claimReviewsPerPage),
  textLength: offset,
});

/** A schema's output must be the reading's own type, field for field: the schema checks, core defines. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemaMatchesReading: Same<v.InferOutput<typeof pageScanSchema>, PageScan> = true;
void schemaMatchesReading;

export type { PageMetadata, PageScan, ScannedClaimReview, ScannedQuote };
