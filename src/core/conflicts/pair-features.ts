import type { NormalizedClaim } from '../claims/normalize.ts';
import { sharedTerms } from './describe.ts';
import type { Features } from './logistic.ts';
import type { StanceProbs } from './stance.ts';
import type { Reason } from './types.ts';

/** How much two claims share: stems over the shorter claim's stems, and whether any entity is shared. */
export function overlap(a: NormalizedClaim, b: NormalizedClaim): { terms: number; entities: number } {
  const shared = sharedTerms(a, b).size;
  const keys = new Set(a.entities.map((e) => e.key));
  const entities = b.entities.filter((e) => keys.has(e.key)).length;
  return { terms: shared / Math.max(1, Math.min(a.terms.length, b.terms.length)), entities };
}

/**
 * Features of a pair for the combiner: how the two stances cross (one states, the other disputes), how much
 * either side only reports, how much they share, and which rule reasons fired.
 */
export function pairFeatures(
  a: NormalizedClaim,
  b: NormalizedClaim,
  sa: StanceProbs,
  sb: StanceProbs,
  reasons: readonly Reason[],
): Features {
  const f: Features = new Map();
  f.set('cross', sa.for * sb.against + sa.against * sb.for);
  f.set('agree', sa.for * sb.for);
  f.set('bothAgainst', sa.against * sb.against);
  f.set('obsMax', Math.max(sa.observing, sb.observing));
  f.set('obsSum', sa.observing + sb.observing);
  f.set('againstMax', Math.max(sa.against, sb.against));
  f.set('againstDiff', Math.abs(sa.against - sb.against));
  const shared = overlap(a, b);
  f.set('overlap', shared.terms);
  if (shared.entities > 0) f.set('sharedEntity', 1);
  if (a.negated !== b.negated) f.set('negDiff', 1);
  if (a.hedges.length > 0 !== b.hedges.length > 0) f.set('hedgeDiff', 1);
  for (const reason of reasons) f.set(`r:${reason.code}`, 1);
  return f;
}
