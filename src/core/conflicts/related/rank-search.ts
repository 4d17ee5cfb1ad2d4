import type { Claim } from '../../claims/index.ts';
import type { NormalizedClaim } from '../../claims/index.ts';
import { bm25Term, retrievalKeys } from '../bm25.ts';
import {
  fieldKey,
  rankRelated,
  RANKING,
  type ConflictQueryOptions,
  type RankedConflict,
  type RelatedCandidate,
} from '../rank.ts';
import type { Candidate, CandidateSearch } from './candidate-source.ts';
import { keyWeights } from './key-weights.ts';
import type { CheckReadings } from './readings.ts';

function fieldKeysOf(claim: Claim): string[] {
  return retrievalKeys(claim.keys).map(({ key, field }) => fieldKey(key, field));
}

/**
 * The one ranking of a search's candidates, whatever store found them: BM25 of each candidate against the
 * query's keys, the most relevant `RANKING.related` kept, then story relatedness × conflict likelihood and the
 * judge (`rankRelated`). Never the query itself.
 */
export function rankSearch(
  query: Claim,
  reading: NormalizedClaim,
  search: CandidateSearch,
  candidates: readonly Candidate[],
  readings: CheckReadings,
  options: ConflictQueryOptions = {},
): RankedConflict[] {
  const queryKeys = new Set(fieldKeysOf(query));
  const others = candidates.filter((c) => c.claim.id !== query.id);
  const keys = others.map((c) => fieldKeysOf(c.claim));
  const { idf, weight } = keyWeights(search, keys);
  const average = keys.reduce((sum, k) => sum + k.length, 0) / Math.max(1, keys.length);
  const related: RelatedCandidate<string>[] = [];
  others.forEach((candidate, i) => {
    const own = keys[i] ?? [];
    let relevance = 0;
    for (const key of own) {
      if (!queryKeys.has(key)) continue;
      const field = key.startsWith('e:') ? 'entities' : 'terms';
      relevance += bm25Term(idf(key), field, own.length, average);
    }
    if (relevance > 0) {
      related.push({
        id: candidate.claim.id,
        relevance,
        keys: own,
        normalize: () => readings.of(candidate).dated,
      });
    }
  });
  related.sort((x, y) => y.relevance - x.relevance || (x.id < y.id ? -1 : 1));
  return rankRelated(reading, related.slice(0, RANKING.related), weight, average, options);
}
