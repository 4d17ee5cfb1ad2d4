import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/normalize.ts';
import { capitalise, sharedTerms, who } from './describe.ts';
import { predict } from './logistic.ts';
import { defaultModel } from './model.ts';
import { overlap, pairFeatures } from './pair-features.ts';
import { dateReason, numberReason, placeReason } from './reasons-facts.ts';
import {
  antonymReason,
  denialCueReason,
  hedgeReason,
  negationReason,
  refutingReason,
} from './reasons-polarity.ts';
import { againstWords, stanceOf } from './stance.ts';
import { PAIR_CLASSES, type ConflictModel, type Judgement, type Reason, type Relation } from './types.ts';

/** A claim as the judge takes it: plain text, the input to normalisation, or an already normalised claim. */
export type ClaimLike = string | ClaimInput | NormalizedClaim;

/** Normalises a claim unless it already is. */
export function asNormalized(claim: ClaimLike): NormalizedClaim {
  if (typeof claim === 'string') return normalizeClaim({ text: claim });
  return 'words' in claim ? claim : normalizeClaim(claim);
}

/** The rule reasons that point at a conflict between two claims, strongest first. */
export function conflictReasons(a: NormalizedClaim, b: NormalizedClaim, model: ConflictModel): Reason[] {
  const reasons = [
    negationReason(a, b),
    antonymReason(a, b),
    numberReason(a, b),
    dateReason(a, b),
    placeReason(a, b),
    denialCueReason(a, b),
    refutingReason(a, b, againstWords(model.stance, a), againstWords(model.stance, b)),
  ];
  return reasons.filter((r): r is Reason => r !== null);
}

/** Lowest conflict score a firm reason of each kind gives. */
const RULE_FLOORS: Partial<Record<Reason['code'], number>> = {
  number: 0.7,
  date: 0.65,
  place: 0.6,
  antonym: 0.7,
  'denial-cue': 0.6,
};

function sameSpeakerReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (!a.speaker || !b.speaker) return null;
  // "Kremlin aide Yuri Ushakov" and "Yuri Ushakov" are one speaker: a full name ends the longer key.
  const [short, long] =
    a.speaker.length <= b.speaker.length ? [a.speaker, b.speaker] : [b.speaker, a.speaker];
  if (short !== long && !(short.includes(' ') && long.endsWith(` ${short}`))) return null;
  const name = capitalise(who(a, a.speaker));
  return { code: 'same-speaker-opposite', text: `${name} is quoted saying both.`, a: a.text, b: b.text };
}

/**
 * Judges what two claims say (not how they were reported): conflict, agree, neutral or unrelated, with a
 * conflict score in [0, 1] and reasons in plain words that point at the words on both sides.
 */
export function judgeClaims(
  first: ClaimLike,
  second: ClaimLike,
  model: ConflictModel = defaultModel,
): Judgement {
  const a = asNormalized(first);
  const b = asNormalized(second);
  const shared = overlap(a, b);
  // One common word in common ("found", "said") is not a shared story.
  if (shared.entities === 0 && (shared.terms === 0 || (sharedTerms(a, b).size < 2 && shared.terms < 0.2))) {
    return { relation: 'unrelated', score: 0, reasons: [] };
  }
  const reasons = conflictReasons(a, b, model);
  const hedge = hedgeReason(a, b);
  const features = pairFeatures(a, b, stanceOf(model.stance, a), stanceOf(model.stance, b), [
    ...reasons,
    ...(hedge ? [hedge] : []),
  ]);
  const probs = predict(model.pair, features);
  // Facts that cannot both hold (a different count, date or place; opposite words) are rare in the training
  // stories, so the learned weights undersell them: a firm claim on both sides lifts the score to a floor.
  const floor = hedge ? 0 : Math.max(0, ...reasons.map((r) => RULE_FLOORS[r.code] ?? 0));
  const conflict = Math.max(probs[0] ?? 0, floor);
  const best = conflict >= 0.5 ? 0 : probs.indexOf(Math.max(...probs));
  const relation: Relation = PAIR_CLASSES[best] ?? 'neutral';
  const score = Math.round(conflict * 1000) / 1000;
  if (relation !== 'conflict')
    return { relation, score, reasons: relation === 'neutral' && hedge ? [hedge] : [] };
  const speaker = sameSpeakerReason(a, b);
  return { relation, score, reasons: speaker ? [...reasons, speaker] : reasons };
}
