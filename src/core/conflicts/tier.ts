import type { Judgement, Tier } from './types.ts';

export type { Tier };

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

/**
 * The tier a reader is shown: the judgement's, except that a dispute without a reason in words is not shown at
 * all. Nothing is marked disputed that the reader cannot check, and a pairing the judge cannot explain is most
 * often two lines about different things.
 */
export function shownTier(judgement: Judgement, minScore = 0.5): Tier {
  const tier = tierOf(judgement, minScore);
  return tier === 'disputed' && !judgement.reasons.some((r) => r.text.trim().length > 0) ? 'none' : tier;
}
