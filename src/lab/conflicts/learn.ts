import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../../core/claims/index.ts';
import { train, type Example } from '../../core/conflicts/logistic.ts';
import { stanceFeatures } from '../../core/conflicts/stance.ts';
import { combineFeatures } from '../../core/conflicts/combine.ts';
import { weighPair } from '../../core/conflicts/judge.ts';
import {
  PAIR_CLASSES,
  STANCE_CLASSES,
  type Calibration,
  type ConflictModel,
  type LinearModel,
} from '../../core/conflicts/types.ts';
import { stanceOf } from '../../core/conflicts/stance.ts';

/** A claim labelled with its stance toward the story it is about. */
export interface StanceExample {
  text: string;
  stance: (typeof STANCE_CLASSES)[number];
  /** The story the claim belongs to: features seen in too few stories are story words and are dropped. */
  group?: string;
  /** The claim this one takes its stance toward, when known. */
  about?: string;
}

/** A labelled pair of claims. */
export interface PairExample {
  a: ClaimInput;
  b: ClaimInput;
  label: (typeof PAIR_CLASSES)[number];
  /** The story the pair belongs to, so the combiner is learned from stances read by a model blind to it. */
  group?: string;
}

/** Sizes of the learned model. */
export interface LearnOptions {
  /** Keep only this many features, those with the largest weights, so the shipped file stays small. */
  maxStanceFeatures?: number;
  /** A word or word pair must occur in at least this many stories (or examples, without groups) to be learned. */
  minStories?: number;
}

const EMPTY_STANCE: LinearModel = { classes: STANCE_CLASSES, bias: [0, 0, 0], weights: {} };

/** Lexicon, negation and pair features generalise by construction; only words and word pairs need the story test. */
function isStoryBound(name: string): boolean {
  return name.startsWith('w:') || name.startsWith('b:');
}

/**
 * Learns the stance model from labelled claims. Words common across many stories generalise ("not", "hoax",
 * "?", "says"); words of one story (names, places) would only learn that story's verdict, so they are dropped.
 */
export function learnStanceModel(
  examples: readonly StanceExample[],
  options: LearnOptions = {},
  norm: (text: string) => NormalizedClaim = normalizer(),
): LinearModel {
  const { maxStanceFeatures = 1500, minStories = 15 } = options;
  const data: Example[] = examples.map((e) => ({
    features: stanceFeatures(norm(e.text), e.about ? norm(e.about) : null),
    label: STANCE_CLASSES.indexOf(e.stance),
  }));
  if (data.length === 0) return EMPTY_STANCE;
  const stories = new Map<string, Set<string>>();
  examples.forEach((e, i) => {
    for (const name of data[i]?.features.keys() ?? []) {
      const set = stories.get(name) ?? new Set<string>();
      set.add(e.group ?? String(i));
      stories.set(name, set);
    }
  });
  for (const example of data) {
    for (const name of [...example.features.keys()]) {
      if (isStoryBound(name) && (stories.get(name)?.size ?? 0) < minStories) example.features.delete(name);
    }
  }
  return train(STANCE_CLASSES, data, {
    epochs: 25,
    rate: 0.2,
    l2: 1e-2,
    minCount: 1,
    maxFeatures: maxStanceFeatures,
    classWeights: [1, 1.5, 1],
  });
}

/** A memoising normaliser: the learner reads each claim text many times. */
function normalizer(): (text: string) => NormalizedClaim {
  const cache = new Map<string, NormalizedClaim>();
  return (text) => {
    let hit = cache.get(text);
    if (!hit) {
      hit = normalizeClaim({ text });
      cache.set(text, hit);
    }
    return hit;
  };
}

/** Inner folds for the combiner: each pair's stances are read by a stance model that never saw its story. */
const INNER_FOLDS = 3;

function innerFold(group: string): number {
  let hash = 0;
  for (let i = 0; i < group.length; i++) hash = (Math.imul(hash, 31) + group.charCodeAt(i)) >>> 0;
  return hash % INNER_FOLDS;
}

/**
 * Examples read out of fold: for each inner fold, `learn` fits on the stories outside it and `read` turns each
 * pair of the fold into an example (or none), so no example is read by a model that saw its story.
 */
function outOfFold<M>(
  stanceExamples: readonly StanceExample[],
  pairs: readonly PairExample[],
  learn: (stances: StanceExample[], pairs: PairExample[]) => M,
  read: (model: M, pair: PairExample) => Example | null,
): Example[] {
  const data: Example[] = [];
  for (let fold = 0; fold < INNER_FOLDS; fold++) {
    const inFold = (g: string | undefined) => innerFold(g ?? '') === fold;
    const model = learn(
      stanceExamples.filter((e) => !inFold(e.group)),
      pairs.filter((p) => !inFold(p.group)),
    );
    for (const p of pairs.filter((x) => inFold(x.group))) {
      const example = read(model, p);
      if (example) data.push(example);
    }
  }
  return data;
}

/**
 * Learns the combiner over two stances from labelled pairs. The stances it learns from are read out of fold (by
 * stance models learned without the pair's story), so it learns how far to trust stances on unseen stories.
 */
export function learnCombiner(
  stanceExamples: readonly StanceExample[],
  pairs: readonly PairExample[],
  options: LearnOptions = {},
  norm: (text: string) => NormalizedClaim = normalizer(),
): LinearModel {
  const data = outOfFold(
    stanceExamples,
    pairs,
    (stances) => learnStanceModel(stances, options, norm),
    (stance, p) => {
      const a = norm(p.a.text);
      const b = norm(p.b.text);
      const features = combineFeatures(stanceOf(stance, a, b), stanceOf(stance, b, a));
      return { features, label: PAIR_CLASSES.indexOf(p.label) };
    },
  );
  return train(PAIR_CLASSES, data, { epochs: 30, rate: 0.1, l2: 1e-3, minCount: 1 });
}

/** The two classes the calibration tells apart; a softmax over two classes is the logistic of their difference. */
const CALIBRATION_CLASSES = ['conflict', 'other'] as const;

/**
 * Learns the calibration of the conflict score (Platt scaling widened to the judge's evidence) from pairs judged
 * out of fold: each pair by a model learned without its story, so the weights say how far each reason and the
 * learned score hold on stories never seen. Only pairs the judge could mark (a reason in words, no gate ruling a
 * conflict out) are learned from, since only they are ever marked.
 */
export function learnCalibration(
  stanceExamples: readonly StanceExample[],
  pairs: readonly PairExample[],
  options: LearnOptions = {},
  norm: (text: string) => NormalizedClaim = normalizer(),
): Calibration {
  const data = outOfFold(
    stanceExamples,
    pairs,
    // Judged as the calibrated judge will judge (every refuting word a reason), with no weight learned yet.
    (stances, inner): ConflictModel => ({
      calibration: { bias: 0, weights: {} },
      stance: learnStanceModel(stances, options, norm),
      pair: learnCombiner(stances, inner, options, norm),
    }),
    (model, p) => {
      const w = weighPair(norm(p.a.text), norm(p.b.text), model);
      if ('fixed' in w || !w.verdict.canConflict || w.reasons.length === 0) return null;
      return { features: w.evidence, label: p.label === 'conflict' ? 0 : 1 };
    },
  );
  const fitted = train(CALIBRATION_CLASSES, data, { epochs: 60, rate: 0.1, l2: 1e-3, minCount: 1 });
  const diff = (w: readonly number[]) => Math.round(((w[0] ?? 0) - (w[1] ?? 0)) * 1000) / 1000;
  return {
    bias: diff(fitted.bias),
    weights: Object.fromEntries(Object.entries(fitted.weights).map(([name, w]) => [name, diff(w)])),
  };
}

/**
 * Learns everything the judge needs: the stance model from labelled claims and, when labelled pairs are given,
 * the combiner that turns two stances into a relation and the calibration of its score.
 */
export function learnConflictModel(
  examples: readonly StanceExample[],
  pairs: readonly PairExample[] = [],
  options: LearnOptions = {},
): ConflictModel {
  const norm = normalizer();
  const stance = learnStanceModel(examples, options, norm);
  if (pairs.length === 0) return { stance };
  return {
    stance,
    pair: learnCombiner(examples, pairs, options, norm),
    calibration: learnCalibration(examples, pairs, options, norm),
  };
}
