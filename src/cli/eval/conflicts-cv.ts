import type { HeadlineRow, PairRow } from './conflicts-data.ts';
import { isHeldOut, fnv1a } from '../research-data.ts';
import { learnConflictModel, type PairExample } from '../../lab/conflicts/learn.ts';
import type { ConflictModel } from '../../core/conflicts/types.ts';

/** Folds used for cross-validation by story. */
export const FOLDS = 5;

/** The fold of a story: a fixed hash of its group id. */
export function foldOf(group: string): number {
  return fnv1a(group) % FOLDS;
}

/**
 * Learns one model per fold from the stories outside that fold (and never from held-out ids), so no story is
 * both learned from and tested on: the stance model from the headlines, the combiner from the labelled pairs.
 */
export function foldModels(headlines: readonly HeadlineRow[], pairs: readonly PairRow[]): ConflictModel[] {
  const stances = stanceExamples(headlines, pairs);
  return Array.from({ length: FOLDS }, (_, fold) =>
    learnConflictModel(
      stances.filter((h) => foldOf(h.group) !== fold && !isHeldOut(h.id)),
      trainingPairs(pairs).filter((p) => foldOf(p.group ?? '') !== fold),
    ),
  );
}

/** The labelled pairs a model may learn from: the three Emergent labels, never a held-out id. */
export function trainingPairs(pairs: readonly PairRow[]): PairExample[] {
  return pairs.flatMap((p) =>
    p.label === 'unrelated' || isHeldOut(p.id) ? [] : [{ a: p.a, b: p.b, label: p.label, group: p.group }],
  );
}

/**
 * The headlines as stance examples, each with the story's claim it takes its stance toward (the claim-vs-headline
 * pairs share the headline's id).
 */
export function stanceExamples(
  headlines: readonly HeadlineRow[],
  pairs: readonly PairRow[],
): (HeadlineRow & { about?: string })[] {
  const claimOf = new Map(pairs.filter((p) => !p.id.includes('~')).map((p) => [p.id, p.a.text]));
  return headlines.map((h) => {
    const about = claimOf.get(h.id);
    return about ? { ...h, about } : h;
  });
}
