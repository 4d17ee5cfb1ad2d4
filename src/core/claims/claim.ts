import type { QuoteKind, SpeakerKind, Stance } from '../quotes/types.ts';

/** How a claim reached the store. */
export type ClaimOrigin = 'page' | 'feed' | 'import' | 'selection' | 'factcheck';

/** Where a claim was said: the outlet and the article. */
export interface ClaimSource {
  outlet: string;
  domain: string;
  url: string;
  headline?: string;
  /** ISO 8601 date or date-time of publication, when the page gives one. */
  published?: string;
}

/** W3C Web Annotation TextQuoteSelector: the exact text with some context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: offsets into the page's article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The pair of selectors kept for a claim seen on a page, to find it there again. */
export type ClaimSelectors = [TextQuoteSelector, TextPositionSelector];

/** The keys used to find a claim again: stemmed content terms, entity keys, number keys. */
export interface ClaimKeys {
  terms: string[];
  entities: string[];
  numbers: string[];
}

/** A fact-checker's verdict on a claim (schema.org Rating). */
export interface ClaimRating {
  name: string;
  value?: number;
  best?: number;
  worst?: number;
  reviewer?: string;
}

/** One claim in the store: what was said, by whom, where and when, and how it got here. */
export interface Claim {
  /** Stable id: the same quote on the same URL always gets the same id. */
  id: string;
  text: string;
  speaker: { name: string; kind: SpeakerKind } | null;
  cue: { text: string; lemma: string; stance: Stance } | null;
  /** Quote kind for attributed quotes; 'statement' for selections and fact-checked claims. */
  kind: QuoteKind | 'statement';
  source: ClaimSource;
  /** Epoch milliseconds when the claim was collected. */
  collected: number;
  origin: ClaimOrigin;
  keys: ClaimKeys;
  selectors?: ClaimSelectors;
  rating?: ClaimRating;
  /** The language the claim was said in ("fr"), when its page declares it or its text tells it. */
  lang?: string;
}
