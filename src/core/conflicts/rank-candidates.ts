import { normalizeClaim, type NormalizedClaim } from '../claims/index.ts';
import { claimKeys, keysOfText } from '../claims/index.ts';
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

/** A candidate, with its normalised reading when the caller already holds it (stored beside it, or cached). */
export interface PreparedCandidate {
  claim: StoredClaim;
  /** The candidate normalised with its article's date; read from its text when absent. */
  normalize?: () => NormalizedClaim;
}

/**
 * Ranks conflicts among candidates the caller fetched (e.g. from IndexedDB by key), with BM25 statistics the
 * caller supplies. Pure: the background uses it over the claim store.
 */
export function rankCandidates(
  query: StoredClaim,
  candidates: readonly StoredClaim[],
  stats: Bm25Stats,
  options: ConflictQueryOptions = {},
): RankedConflict[] {
  const normalized = normalizeClaim({ text: query.text, speaker: query.speaker ?? null, date: query.date });
  return rankPrepared(
    query,
    normalized,
    candidates.map((claim) => ({ claim })),
    stats,
    options,
  );
}

/**
 * `rankCandidates` for callers that keep claims' normalised readings (the claim store packs them at write
 * time): the query is read once by the caller, and each candidate from `normalize` instead of its text.
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
