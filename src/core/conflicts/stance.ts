import type { NormalizedClaim } from '../claims/normalize.ts';
import { findRefuting } from './lexicon.ts';
import { predict, type Features } from './logistic.ts';
import type { LinearModel } from './types.ts';

/** The probabilities that a claim states the thing (for), disputes it (against), or only reports it (observing). */
export interface StanceProbs {
  for: number;
  against: number;
  observing: number;
}

/**
 * Features of one claim for the stance model: its stems, negation, hedges, a question mark,
 * refuting words and the cue's stance. Function words count here: "not", "says" and "?" carry stance.
 */
export function stanceFeatures(claim: NormalizedClaim): Features {
  const features: Features = new Map();
  const add = (name: string, value = 1) => features.set(name, (features.get(name) ?? 0) + value);
  const words = claim.words.filter((w) => w.text !== '?');
  for (const word of words) features.set(`w:${word.lower.endsWith("n't") ? 'not' : word.stem}`, 1);
  if (claim.negated) add('neg');
  if (claim.hedges.length > 0) add('hedge');
  if (claim.words.some((w) => w.text === '?')) add('question');
  const refuting = findRefuting(claim.words).length;
  if (refuting > 0) add('refuting', Math.min(2, refuting));
  add(`cue:${claim.stance}`);
  add('len', Math.min(1, words.length / 30));
  return features;
}

/** Reads a claim's stance with a learned model. */
export function stanceOf(model: LinearModel, claim: NormalizedClaim): StanceProbs {
  const [f = 0, a = 0, o = 0] = predict(model, stanceFeatures(claim));
  return { for: f, against: a, observing: o };
}

/** The words of a claim that push it most toward disputing the thing, by the stance model's weights. */
export function againstWords(model: LinearModel, claim: NormalizedClaim, limit = 2): string[] {
  const scored = claim.words
    .map((w) => {
      const weights = model.weights[`w:${w.lower.endsWith("n't") ? 'not' : w.stem}`];
      const push = weights ? (weights[1] ?? 0) - Math.max(weights[0] ?? 0, weights[2] ?? 0) : 0;
      return { text: w.text, push };
    })
    .filter((x) => x.push > 0.3)
    .sort((x, y) => y.push - x.push);
  return [...new Set(scored.map((x) => x.text))].slice(0, limit);
}
