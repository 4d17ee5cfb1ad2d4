// Public surface of the conflict finder.
export { judgeClaims, asNormalized, type ClaimLike } from './judge.ts';
export type { RankedConflict, ConflictQueryOptions } from './rank.ts';
export { shownTier, tierOf, type Tier } from './tier.ts';
export type { KeyField } from './bm25.ts';
export { defaultModel } from './model.ts';
export type { Judgement, Reason, ReasonCode, Relation, ConflictModel } from './types.ts';
export * from './related/index.ts';
