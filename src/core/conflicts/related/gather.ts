import { BM25, idf, type KeyField } from '../bm25.ts';
import { SEARCH } from './candidate-source.ts';

/** The ids a store holds under one of the query's keys: at most `SEARCH.perKey + 1` of them, in id order. */
export interface PostingList<T> {
  field: KeyField;
  ids: readonly T[];
}

/** True when a key is held by more claims than a search reads: too common to rank by. */
export function isCommon(held: number): boolean {
  return held > SEARCH.perKey;
}

/**
 * Orders the claims found under the query's keys, likeliest first: each claim scores the idf (with the entity
 * boost) of every key it shares with the query. A key too common to rank by counts only when no rarer key found
 * anything, and then only its first `SEARCH.perKey` ids. The same order whatever the store, so the extension's
 * IndexedDB store and the CLI's in-memory index hand the ranking the same candidates.
 */
export function orderPostings<T extends string | number>(
  lists: readonly PostingList<T>[],
  total: number,
): T[] {
  const rare = lists.filter((l) => !isCommon(l.ids.length) && l.ids.length > 0);
  const used = rare.length > 0 ? rare : lists;
  const scores = new Map<T, number>();
  for (const { field, ids } of used) {
    const weight =
      idf(isCommon(ids.length) ? total : ids.length, total) * (field === 'entities' ? BM25.entityBoost : 1);
    const n = Math.min(ids.length, SEARCH.perKey);
    for (let i = 0; i < n; i++) {
      const id = ids[i] as T;
      scores.set(id, (scores.get(id) ?? 0) + weight);
    }
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([id]) => id);
}
