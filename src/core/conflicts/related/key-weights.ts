import { BM25, idf } from '../bm25.ts';
import type { CandidateSearch } from './candidate-source.ts';
import { isCommon } from './gather.ts';

/** A candidate's retrieval keys, each with its field folded in (`fieldKey`). */
export type FieldKeys = readonly string[];

/**
 * The idf (and the weight: idf with the entity boost) of every key the ranking meets. A key of the query was counted by the search
 * itself (one too common to rank by counts as held by every claim). A key only candidates hold was not looked
 * up: it is held by at least as many claims as hold it among the search's own candidates, so that count stands
 * for it, never zero: a key outside the query is no rarer than the candidates show.
 */
export function keyWeights(
  search: CandidateSearch,
  candidateKeys: readonly FieldKeys[],
): { idf: (key: string) => number; weight: (key: string) => number } {
  const seen = new Map<string, number>();
  for (const keys of candidateKeys) for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  const idfs = new Map<string, number>();
  const idfOf = (key: string): number => {
    let value = idfs.get(key);
    if (value === undefined) {
      const counted = search.counts.get(key);
      const held = counted === undefined ? (seen.get(key) ?? 1) : isCommon(counted) ? search.total : counted;
      value = idf(held, Math.max(search.total, held));
      idfs.set(key, value);
    }
    return value;
  };
  return {
    idf: idfOf,
    weight: (key) => idfOf(key) * (key.startsWith('e:') ? BM25.entityBoost : 1),
  };
}
