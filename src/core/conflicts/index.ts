// Public surface of the conflict finder.
export { judgeClaims, asNormalized, type ClaimLike } from './judge.ts';
export { ClaimIndex } from './claim-index.ts';
export { rankCandidates } from './rank-candidates.ts';
export type { StoredClaim, RankedConflict, ConflictQueryOptions } from './rank.ts';
export type { Bm25Stats, KeyField } from './bm25.ts';
export { defaultModel } from './model.ts';
export type { Judgement, Reason, ReasonCode, Relation, ConflictModel } from './types.ts';
