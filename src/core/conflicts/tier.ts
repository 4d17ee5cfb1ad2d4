import type { Judgement } from './types.ts';

/** How a related claim stands to a quote: disputes it, gives another account of the same point, or neither. */
export type Tier = 'disputed' | 'other-account' | 'none';

/**
 * The tier of a judgement: the judge's own when it gives one; otherwise a conflict at or above `minScore` is
 * disputed and anything else is none.
 */
export function tierOf(judgement: Judgement, minScore = 0.5): Tier {
  // Read structurally: a judge that calibrates its score names the tier itself.
  const given = (judgement as Judgement & { tier?: Tier }).tier;
  if (given) return given;
  return judgement.relation === 'conflict' && judgement.score >= minScore ? 'disputed' : 'none';
}
