import { predict, type Features } from './logistic.ts';
import type { StanceProbs } from './stance.ts';
import type { LinearModel } from './types.ts';

/** Floor on probabilities before taking logs, so a confident stance model cannot give an infinite feature. */
const EPS = 1e-4;

/** How firmly a claim states the thing: stating it counts up, disputing it counts down. */
function assertiveness(s: StanceProbs): number {
  return s.for - s.against;
}

/**
 * Features of a pair for the combiner, from the two claims' stances toward each other. The claims are put in a
 * fixed order (the firmer one first, as the reference the other is read against) so the judgement is symmetric
 * while still telling "a firm claim and a denial" from "two denials".
 */
export function combineFeatures(sa: StanceProbs, sb: StanceProbs): Features {
  const [ref, other] = assertiveness(sa) >= assertiveness(sb) ? [sa, sb] : [sb, sa];
  const log = (x: number) => Math.log(Math.max(EPS, x));
  return new Map([
    ['hiA', Math.max(sa.against, sb.against)],
    ['loA', Math.min(sa.against, sb.against)],
    ['hiF', Math.max(sa.for, sb.for)],
    ['loF', Math.min(sa.for, sb.for)],
    ['hiO', Math.max(sa.observing, sb.observing)],
    ['loO', Math.min(sa.observing, sb.observing)],
    ['cross', sa.for * sb.against + sa.against * sb.for],
    ['agreeP', sa.for * sb.for],
    ['rF', ref.for],
    ['rA', ref.against],
    ['rO', ref.observing],
    ['oF', other.for],
    ['oA', other.against],
    ['oO', other.observing],
    ['rFoA', ref.for * other.against],
    ['rFoF', ref.for * other.for],
    ['rFoO', ref.for * other.observing],
    ['lgRF', log(ref.for)],
    ['lgOA', log(other.against)],
    ['lgOF', log(other.for)],
    ['lgOO', log(other.observing)],
  ]);
}

/** Conflict, agree and neutral probabilities of a pair from the learned combiner over its two stances. */
export function combineStances(
  model: LinearModel,
  sa: StanceProbs,
  sb: StanceProbs,
): { conflict: number; agree: number; neutral: number } {
  const [conflict = 0, agree = 0, neutral = 0] = predict(model, combineFeatures(sa, sb));
  return { conflict, agree, neutral };
}
