import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/normalize.ts';
import { fnv1a } from './hash.ts';
import { conflictReasons } from './judge.ts';
import { train, type Example } from './logistic.ts';
import { pairFeatures } from './pair-features.ts';
import { hedgeReason } from './reasons-polarity.ts';
import { stanceFeatures, stanceOf } from './stance.ts';
import { PAIR_CLASSES, STANCE_CLASSES, type ConflictModel, type LinearModel } from './types.ts';

/** A claim labelled with its stance toward the story it is about. */
export interface StanceExample {
  text: string;
  stance: (typeof STANCE_CLASSES)[number];
}

/** A labelled pair of claims. */
export interface PairExample {
  a: ClaimInput;
  b: ClaimInput;
  label: (typeof PAIR_CLASSES)[number];
}

/** Sizes of the learned model: the stance model keeps only its strongest word features. */
export interface LearnOptions {
  maxStanceFeatures?: number;
  /** Inner folds for the stance model, so the pair combiner sees stances it was not trained on. */
  innerFolds?: number;
}

const EMPTY_STANCE: LinearModel = { classes: STANCE_CLASSES, bias: [0, 0, 0], weights: {} };

function trainStance(
  examples: readonly StanceExample[],
  cache: Map<string, NormalizedClaim>,
  max: number,
): LinearModel {
  const data: Example[] = examples.map((e) => ({
    features: stanceFeatures(normalized(cache, { text: e.text })),
    label: STANCE_CLASSES.indexOf(e.stance),
  }));
  if (data.length === 0) return EMPTY_STANCE;
  // Only words common across many stories generalise ("not", "hoax", "?", "says"); story words overfit.
  const minCount = Math.max(2, Math.round(0.035 * data.length));
  return train(STANCE_CLASSES, data, {
    epochs: 25,
    rate: 0.2,
    l2: 1e-2,
    minCount,
    maxFeatures: max,
    classWeights: [1, 1.5, 1],
  });
}

function normalized(cache: Map<string, NormalizedClaim>, input: ClaimInput): NormalizedClaim {
  const key = `${input.speaker ?? ''}\u0000${input.cueStance ?? ''}\u0000${input.text}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = normalizeClaim(input);
    cache.set(key, hit);
  }
  return hit;
}

/**
 * Learns the stance model from labelled claims, then the pair combiner from labelled pairs. The combiner is
 * trained on stances read by stance models that did not see that text (cross-fitting), so it does not trust
 * the stance model more than it deserves.
 */
export function learnConflictModel(
  stance: readonly StanceExample[],
  pairs: readonly PairExample[],
  options: LearnOptions = {},
): ConflictModel {
  const { maxStanceFeatures = 700, innerFolds = 4 } = options;
  const cache = new Map<string, NormalizedClaim>();
  const full = trainStance(stance, cache, maxStanceFeatures);
  const inner = Array.from({ length: innerFolds }, (_, k) =>
    trainStance(
      stance.filter((e) => fnv1a(e.text) % innerFolds !== k),
      cache,
      maxStanceFeatures,
    ),
  );
  const stanceFor = (text: string) => inner[fnv1a(text) % innerFolds] ?? full;
  const model: ConflictModel = {
    stance: full,
    pair: { classes: PAIR_CLASSES, bias: [0, 0, 0], weights: {} },
  };
  const data: Example[] = pairs.map((p) => {
    const a = normalized(cache, p.a);
    const b = normalized(cache, p.b);
    const hedge = hedgeReason(a, b);
    const reasons = [...conflictReasons(a, b, model), ...(hedge ? [hedge] : [])];
    const features = pairFeatures(
      a,
      b,
      stanceOf(stanceFor(p.a.text), a),
      stanceOf(stanceFor(p.b.text), b),
      reasons,
    );
    return { features, label: PAIR_CLASSES.indexOf(p.label) };
  });
  model.pair = train(PAIR_CLASSES, data, { epochs: 40, rate: 0.1, l2: 1e-3, minCount: 1 });
  return model;
}
