// The way into claims for every other module (a convention test holds them to it): what a claim is, how one
// is made and normalised, its keys, and the claim files a reader imports and exports.
export type {
  Claim,
  ClaimKeys,
  ClaimOrigin,
  ClaimRating,
  ClaimSelectors,
  ClaimSource,
  TextPositionSelector,
  TextQuoteSelector,
} from './claim.ts';
export { canonicalUrl, claimId } from './claim-id.ts';
export { keysFor, makeClaim, withFreshKeys, type ClaimParts } from './make-claim.ts';
export {
  isContentWord,
  normalizeClaim,
  speakerKey,
  type ClaimInput,
  type NormalizedClaim,
  type ClaimWord,
} from './normalize.ts';
export { claimTokens, type ClaimToken } from './claim-tokens.ts';
export { claimKeys, keysOfText, KEY_LIMITS } from './keys.ts';
export { inflections, stem } from './stem.ts';
export { findDates, type DateMention } from './dates.ts';
export { findEntities } from './entities.ts';
export { findQuantities, parseNumber, type Quantity } from './numbers.ts';
export { findDenial, findHedges, isNegator } from './polarity.ts';
export { parseImport } from './interchange/parse-import.ts';
export { claimLine, isHeader, jsonlHeaderLine, serializeClaims } from './interchange/jsonl.ts';
export { IMPORT_LIMITS } from './interchange/limits.ts';
