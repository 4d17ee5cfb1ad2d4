import type { ClaimKeys } from '../claims/index.ts';

/** Which list of a claim's keys a retrieval key comes from. */
export type KeyField = 'terms' | 'entities';

/** BM25's usual constants; entities weigh more than terms because a shared name is better evidence of one story. */
export const BM25 = { k1: 1.2, b: 0.75, entityBoost: 1.5 } as const;

/** Robertson–Spärck Jones idf, floored at a small positive value so very common keys still count a little. */
export function idf(df: number, total: number): number {
  return Math.max(0.05, Math.log(1 + (total - df + 0.5) / (df + 0.5)));
}

/** The retrieval keys of a claim, each with its field. */
export function retrievalKeys(keys: ClaimKeys): { key: string; field: KeyField }[] {
  return [
    ...keys.terms.map((key) => ({ key, field: 'terms' as const })),
    ...keys.entities.map((key) => ({ key, field: 'entities' as const })),
  ];
}

/** The weight one matching key adds to a claim of the given key count (term frequency is 1 for set-valued keys). */
export function bm25Term(idfValue: number, field: KeyField, length: number, averageLength: number): number {
  const norm = 1 - BM25.b + (BM25.b * length) / Math.max(1, averageLength);
  const tf = (1 * (BM25.k1 + 1)) / (1 + BM25.k1 * norm);
  return idfValue * tf * (field === 'entities' ? BM25.entityBoost : 1);
}
