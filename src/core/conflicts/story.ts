import { BM25 } from './bm25.ts';

/** A candidate as story scoring sees it: its BM25 relevance to the query and its retrieval keys. */
export interface RelatedKeys<K> {
  relevance: number;
  keys: readonly K[];
}

/** How many of the most relevant candidates stand for the query's story, and how much their vote weighs. */
export const STORY = { feedback: 3, weight: 8 } as const;

function tfNorm(length: number, averageLength: number): number {
  const norm = 1 - BM25.b + (BM25.b * length) / Math.max(1, averageLength);
  return (BM25.k1 + 1) / (1 + BM25.k1 * norm);
}

/**
 * How strongly each candidate belongs to the query's story, in [0, 1]: its own relevance plus the relevance it
 * has to the query's closest few neighbours (pseudo-relevance feedback). Two headlines of one story often share
 * few words with each other yet many with a third, so the neighbours find what the query's own words miss.
 * `weight(key)` is the key's idf with its field's boost.
 */
export function storyScores<K>(
  related: readonly RelatedKeys<K>[],
  weight: (key: K) => number,
  averageLength: number,
): number[] {
  if (related.length === 0) return [];
  const order = related
    .map((_, i) => i)
    .sort((x, y) => (related[y]?.relevance ?? 0) - (related[x]?.relevance ?? 0));
  const top = related[order[0] ?? 0]?.relevance || 1;
  const feedback = order.slice(0, STORY.feedback).map((i) => ({
    index: i,
    share: (related[i]?.relevance ?? 0) / top,
    keys: new Set(related[i]?.keys ?? []),
  }));
  const scores = related.map((candidate, i) => {
    const norm = tfNorm(candidate.keys.length, averageLength);
    let vote = 0;
    for (const f of feedback) {
      if (f.index === i) continue;
      let shared = 0;
      for (const key of candidate.keys) if (f.keys.has(key)) shared += weight(key);
      vote += f.share * shared * norm;
    }
    return candidate.relevance + (STORY.weight * vote) / STORY.feedback;
  });
  const best = Math.max(1e-9, ...scores);
  return scores.map((s) => s / best);
}
