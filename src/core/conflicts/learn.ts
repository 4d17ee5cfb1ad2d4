import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/normalize.ts';
import { train, type Example } from './logistic.ts';
import { stanceFeatures } from './stance.ts';
import type { PAIR_CLASSES } from './types.ts';
import { STANCE_CLASSES, type ConflictModel, type LinearModel } from './types.ts';

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
export function learnConflictModel(
  examples: readonly StanceExample[],
  options: LearnOptions = {},
): ConflictModel {
  const { maxStanceFeatures = 1500, minStories = 15 } = options;
  const cache = new Map<string, NormalizedClaim>();
  const norm = (text: string) => {
    let hit = cache.get(text);
    if (!hit) {
      hit = normalizeClaim({ text });
      cache.set(text, hit);
    }
    return hit;
  };
  const data: Example[] = examples.map((e) => ({
    features: stanceFeatures(norm(e.text), e.about ? norm(e.about) : null),
    label: STANCE_CLASSES.indexOf(e.stance),
  }));
  if (data.length === 0) return { stance: EMPTY_STANCE };
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
  const stance = train(STANCE_CLASSES, data, {
    epochs: 25,
    rate: 0.2,
    l2: 1e-2,
    minCount: 1,
    maxFeatures: maxStanceFeatures,
    classWeights: [1, 1.5, 1],
  });
  return { stance };
}
