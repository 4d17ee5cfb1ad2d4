// The search path from a claim to what other sources say about it, shared by the extension and the CLI.
export {
  SEARCH,
  lookupKeys,
  type Candidate,
  type CandidateRequest,
  type CandidateSearch,
  type CandidateSource,
} from './candidate-source.ts';
export { claimTime } from './claim-time.ts';
export {
  byTrustThenScore,
  claimView,
  hasReason,
  type ReasonView,
  type RelatedClaimView,
  type SourceTrust,
} from './claim-view.ts';
export {
  findRelated,
  rankRelatedClaims,
  timeWindow,
  WINDOW_DAYS,
  type Related,
  type RelatedOptions,
} from './find-related.ts';
export { orderPostings, isCommon, type PostingList } from './gather.ts';
export { MemorySource } from './memory-source.ts';
export { accountsOnPage } from './on-page.ts';
