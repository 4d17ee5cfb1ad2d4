import type { Features } from './logistic.ts';
import { ownValue } from '../text/own-value.ts';
import type { Calibration } from './types.ts';

/**
 * The calibrated probability that a pair conflicts, from its evidence (see evidenceFeatures): Platt scaling of
 * the learned score, widened to weigh each reason and refuting word as story-split cross-validation found it.
 */
export function calibrate(evidence: Features, c: Calibration): number {
  let z = c.bias;
  for (const [name, value] of evidence) z += (ownValue(c.weights, name) ?? 0) * value;
  return 1 / (1 + Math.exp(-z));
}
