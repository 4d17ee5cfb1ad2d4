import type { NormalizedClaim } from '../claims/normalize.ts';
import { claimKeys, keysOfText } from '../claims/keys.ts';
import { BM25, bm25, idf, retrievalKeys, type Bm25Stats } from './bm25.ts';
import {
  admissible,
  fieldKey,
  rankRelated,
  RANKING,
  type ConflictQueryOptions,
  type RankedConflict,
  type StoredClaim,
} from './rank.ts';

/** A candidate whose normalised reading the caller already holds (stored beside it, or cached). */
export interface PreparedCandidate {
  claim: StoredClaim;
  /** The candidate normalised with its article's date, as `rankCandidates` would normalise it. */
  normalize: () => NormalizedClaim;
}

/**
 * `rankCandidates` for callers that keep claims' normalised readings: the same filter, BM25, story scores and
 * judgement, with the query read once by the caller and each candidate read from `normalize` instead of its text.
 */
export function rankPrepared(
  query: StoredClaim,
  normalized: NormalizedClaim,
  candidates: readonly PreparedCandidate[],
  stats: Bm25Stats,
  options: ConflictQueryOptions = {},
): RankedConflict[] {
  const keys = query.keys ?? claimKeys(normalized);
  const related = candidates
    .filter((c) => admissible(query, c.claim, options))
    .map(({ claim, normalize }) => {
      const own = claim.keys ?? keysOfText(claim.text);
      const fieldKeys = retrievalKeys(own).map(({ key, field }) => fieldKey(key, field));
      return { claim, keys: fieldKeys, relevance: bm25(keys, own, stats), normalize };
    })
    .filter((c) => c.relevance > 0)
    .sort((x, y) => y.relevance - x.relevance)
    .slice(0, RANKING.related);
  const weights = new Map<string, number>();
  const weight = (key: string): number => {
    let w = weights.get(key);
    if (w === undefined) {
      const entity = key.startsWith('e:');
      w =
        idf(stats.df(key.slice(2), entity ? 'entities' : 'terms'), stats.total) *
        (entity ? BM25.entityBoost : 1);
      weights.set(key, w);
    }
    return w;
  };
  return rankRelated(normalized, related, weight, stats.averageLength ?? 12, options);
}
