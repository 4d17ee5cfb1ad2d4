import type { LinearModel } from './types.ts';
import { ownValue } from '../text/own-value.ts';

/** Sparse features of one example: name → value. */
export type Features = Map<string, number>;

/** One labelled example for training a linear model. */
export interface Example {
  features: Features;
  label: number;
}

/** Class probabilities of a linear model for the given features (softmax of the class scores). */
export function predict(model: LinearModel, features: Features): number[] {
  const scores = model.bias.slice();
  for (const [name, value] of features) {
    const w = ownValue(model.weights, name);
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k] = (scores[k] ?? 0) + (w[k] ?? 0) * value;
  }
  const max = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

/** Options for training: passes over the data, step size, L2 penalty, and the smallest count a feature needs. */
export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  minCount?: number;
  /** Keep only this many features, those with the largest weights, so the shipped file stays small. */
  maxFeatures?: number;
  /** Per-class weights on the loss, to lift rare classes. */
  classWeights?: number[];
}

/** Trains a multinomial logistic regression with AdaGrad; deterministic (fixed example order). */
export function train(
  classes: readonly string[],
  examples: readonly Example[],
  options: TrainOptions = {},
): LinearModel {
  const { epochs = 30, rate = 0.3, l2 = 1e-4, minCount = 2, maxFeatures = Infinity } = options;
  const k = classes.length;
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const name of e.features.keys()) counts.set(name, (counts.get(name) ?? 0) + 1);
  const weights: Record<string, number[]> = {};
  const grads: Record<string, number[]> = {};
  for (const [name, count] of counts) {
    if (count >= minCount) {
      weights[name] = new Array<number>(k).fill(0);
      grads[name] = new Array<number>(k).fill(1e-8);
    }
  }
  const model: LinearModel = { classes, bias: new Array<number>(k).fill(0), weights };
  const biasGrad = new Array<number>(k).fill(1e-8);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of examples) {
      const p = predict(model, example.features);
      const scale = options.classWeights?.[example.label] ?? 1;
      for (let c = 0; c < k; c++) {
        const g = ((p[c] ?? 0) - (c === example.label ? 1 : 0)) * scale;
        biasGrad[c] = (biasGrad[c] ?? 0) + g * g;
        model.bias[c] = (model.bias[c] ?? 0) - (rate * g) / Math.sqrt(biasGrad[c] ?? 1);
        for (const [name, value] of example.features) {
          const w = weights[name];
          const acc = grads[name];
          if (!w || !acc) continue;
          const gw = g * value + l2 * (w[c] ?? 0);
          acc[c] = (acc[c] ?? 0) + gw * gw;
          w[c] = (w[c] ?? 0) - (rate * gw) / Math.sqrt(acc[c] ?? 1);
        }
      }
    }
  }
  return prune(model, maxFeatures);
}

/** Keeps the features with the largest weights and rounds them, so a model serialises small. */
export function prune(model: LinearModel, maxFeatures: number): LinearModel {
  const ranked = Object.entries(model.weights)
    .map(([name, w]) => [name, w, Math.max(...w.map(Math.abs))] as const)
    .filter(([, , size]) => size > 0.01)
    .sort((x, y) => y[2] - x[2] || (x[0] < y[0] ? -1 : 1))
    .slice(0, maxFeatures);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return {
    classes: model.classes,
    bias: model.bias.map(round),
    weights: Object.fromEntries(ranked.map(([name, w]) => [name, w.map(round)])),
  };
}
