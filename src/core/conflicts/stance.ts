import type { NormalizedClaim } from '../claims/index.ts';
import { sharedTerms } from './describe.ts';
import { predict, type Features } from './logistic.ts';
import { antonymReason, negationReason } from './reasons-polarity.ts';
import { readRefuting } from './refuting-evidence.ts';
import { findStanceWords, lexiconForm } from './stance-lexicon.ts';
import type { LinearModel } from './types.ts';

/** The probabilities that a claim states the thing (for), disputes it (against), or only reports it (observing). */
export interface StanceProbs {
  for: number;
  against: number;
  observing: number;
}

/** Which pair rules fired, when the caller has already checked them (the judge does), to save checking twice. */
export interface PairRules {
  antonym: boolean;
  negation: boolean;
}

/** Longest word sequence read for stance features: headlines and quotes are short; pages can be hostile. */
const MAX_WORDS = 60;

/**
 * Features of one claim for the stance model, read toward another claim when one is given: lexicon groups
 * (refuting, denying, doubting, hedging, affirming words), the lexicon words themselves, words and word pairs
 * (the learner keeps only those common across many stories), negation, a question mark, and how the claim
 * meets the other one (shared terms, a negated shared word, opposite words).
 */
export function stanceFeatures(
  claim: NormalizedClaim,
  other?: NormalizedClaim | null,
  rules?: PairRules,
): Features {
  const f: Features = new Map();
  const add = (name: string, value = 1) => f.set(name, (f.get(name) ?? 0) + value);
  const words = claim.words.slice(0, MAX_WORDS);
  const forms = words.map((w) => (lexiconForm(w) === "n't" ? 'not' : w.lower));
  for (const form of forms) f.set(`w:${form}`, 1);
  let previous = '<s>';
  for (const form of forms) {
    f.set(`b:${previous}_${form}`, 1);
    previous = form;
  }
  for (const hit of findStanceWords(words)) {
    f.set(`L:${hit.text}`, 1);
    if ((f.get(`g:${hit.group}`) ?? 0) < 2) add(`g:${hit.group}`);
  }
  // The refuting words a reader is shown as reasons, by kind, and those turned around ("no hoax" affirms).
  const refuting = readRefuting(claim);
  for (const w of refuting.words) f.set(`r:${w.kind}`, 1);
  if (refuting.turned > 0) add('r:turned');
  if (claim.negated) add('neg');
  if (forms.includes('?')) add('question');
  if (/\?\s*$/.test(claim.text)) add('endQuestion');
  if (claim.text.includes(':')) add('colon');
  add('len', Math.min(1, forms.length / 30));
  if (other) {
    const inOther = new Set(other.terms);
    add('cov', sharedTerms(other, claim).size / Math.max(1, other.terms.length));
    if (claim.words.some((w) => inOther.has(w.stem) && claim.clauses[w.clause]?.negated)) add('negShared');
    if (rules ? rules.antonym : antonymReason(other, claim)) add('p:antonym');
    if (rules ? rules.negation : negationReason(other, claim)) add('p:negation');
  }
  return f;
}

/** Reads a claim's stance with a learned model, toward another claim when one is given. */
export function stanceOf(
  model: LinearModel,
  claim: NormalizedClaim,
  other?: NormalizedClaim | null,
  rules?: PairRules,
): StanceProbs {
  const [f = 0, a = 0, o = 0] = predict(model, stanceFeatures(claim, other, rules));
  return { for: f, against: a, observing: o };
}
