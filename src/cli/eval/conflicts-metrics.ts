import type { Relation } from '../../core/conflicts/types.ts';

/** Precision, recall and F1 of one label, and accuracy over all labels. */
export interface PairScores {
  n: number;
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/**
 * Scores predicted relations against gold ones. When the gold labels never say "unrelated", a predicted
 * "unrelated" counts as "neutral" (it takes no side), so the three-way accuracy compares like with like.
 */
export function scorePairs(
  gold: readonly Relation[],
  predicted: readonly Relation[],
  positive: Relation = 'conflict',
): PairScores {
  const threeWay = !gold.includes('unrelated');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  gold.forEach((g, i) => {
    const raw = predicted[i] ?? 'neutral';
    const p = threeWay && raw === 'unrelated' ? 'neutral' : raw;
    if (p === g) correct++;
    if (p === positive && g === positive) tp++;
    else if (p === positive) fp++;
    else if (g === positive) fn++;
  });
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    n: gold.length,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    accuracy: round(correct / Math.max(1, gold.length)),
  };
}

/** Retrieval figures: precision at 3 (strict, and capped at the number of targets) and recall at 10. */
export interface RetrievalScores {
  queries: number;
  precisionAt3: number;
  precisionAt3Capped: number;
  recallAt10: number;
}

/** Averages retrieval figures over queries, each given as its ranked ids and its target ids. */
export function scoreRetrieval(
  results: readonly { ranked: readonly string[]; targets: ReadonlySet<string> }[],
): RetrievalScores {
  let p3 = 0;
  let p3c = 0;
  let r10 = 0;
  for (const { ranked, targets } of results) {
    const hits3 = ranked.slice(0, 3).filter((id) => targets.has(id)).length;
    p3 += hits3 / 3;
    p3c += hits3 / Math.min(3, targets.size);
    r10 += ranked.slice(0, 10).filter((id) => targets.has(id)).length / targets.size;
  }
  const n = Math.max(1, results.length);
  return {
    queries: results.length,
    precisionAt3: round(p3 / n),
    precisionAt3Capped: round(p3c / n),
    recallAt10: round(r10 / n),
  };
}
