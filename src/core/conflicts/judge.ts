import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/index.ts';
import { capitalise, who } from './describe.ts';
import { combineStances } from './combine.ts';
import { defaultModel } from './model.ts';
import { overlap } from './pair-features.ts';
import { dateReason, figuresDiffer, namesDiffer, numberReason, placeReason } from './reasons-facts.ts';
import {
  antonymReason,
  denialCueReason,
  hedgeReason,
  negationReason,
  refutingReason,
} from './reasons-polarity.ts';
import { againstWords, stanceOf, type StanceProbs } from './stance.ts';
import { meaningOverlap, sharedMeanings } from './synonyms.ts';
import type { ConflictModel, Judgement, Reason, Relation } from './types.ts';

/** A claim as the judge takes it: plain text, the input to normalisation, or an already normalised claim. */
export type ClaimLike = string | ClaimInput | NormalizedClaim;

/** Normalises a claim unless it already is; callers judging one claim many times normalise it once. */
export function asNormalized(claim: ClaimLike): NormalizedClaim {
  if (typeof claim === 'string') return normalizeClaim({ text: claim });
  return 'words' in claim ? claim : normalizeClaim(claim);
}

/** The rule reasons that point at a conflict between two claims, strongest first. */
export function conflictReasons(a: NormalizedClaim, b: NormalizedClaim): Reason[] {
  const reasons = [
    negationReason(a, b),
    antonymReason(a, b),
    numberReason(a, b),
    dateReason(a, b),
    placeReason(a, b),
    denialCueReason(a, b),
  ];
  return reasons.filter((r): r is Reason => r !== null);
}

/** Lowest conflict strength a firm reason of each kind gives. */
const RULE_FLOORS: Partial<Record<Reason['code'], number>> = {
  number: 0.7,
  date: 0.65,
  place: 0.6,
  antonym: 0.7,
  negation: 0.6,
  'denial-cue': 0.6,
};

/** Reasons that need the two claims to share most of their terms before they decide a conflict. */
const LOOSE_RULES: ReadonlySet<Reason['code']> = new Set(['antonym', 'place', 'negation']);

/** Most terms the longer claim may say beyond the shared ones for a rule alone to decide a conflict. */
const MAX_OTHER_TERMS = 4;

/** Share of the shorter claim's terms two claims must share to agree rather than merely be on one story. */
const AGREE_OVERLAP = 0.5;

/** Share of the shorter claim's words (or words of the same meaning) two claims must say alike to agree. */
const AGREE_MIN_ALIKE = 0.6;

/** How many times likelier the learned stances must find agreement than neutrality to agree on few shared words. */
const STRONG_AGREE = 1.3;

/** Words by which a claim marks itself as about another event than one already told ("a second swap"). */
const OTHER_EVENT: ReadonlySet<string> = new Set(['second', 'another', 'separate']);

/** Reasons that each name a fact of the event (how many, when, where, which way): two at once mean two events. */
const FACT_RULES: ReadonlySet<Reason['code']> = new Set(['number', 'date', 'place', 'antonym']);

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
 * How two stances cross: a conflict when one side disputes and the other does not, agreement when both state
 * (or both dispute) it, neutral when either side only reports it.
 */
export function crossStances(
  sa: StanceProbs,
  sb: StanceProbs,
): { conflict: number; agree: number; neutral: number } {
  const hi = Math.max(sa.against, sb.against);
  const lo = Math.min(sa.against, sb.against);
  return {
    conflict: hi * (1 - lo),
    agree: Math.min(sa.for, sb.for),
    neutral: Math.max(sa.observing, sb.observing),
  };
}

/**
 * Judges what two claims say (not how they were reported): conflict, agree, neutral or unrelated, with a
 * conflict score in [0, 1] (at least 0.5 exactly when the relation is conflict) and reasons in plain words that
 * point at the words on both sides.
 */
export function judgeClaims(
  first: ClaimLike,
  second: ClaimLike,
  model: ConflictModel = defaultModel,
): Judgement {
  const a = asNormalized(first);
  const b = asNormalized(second);
  const shared = overlap(a, b);
  // Two reports of one story can share a single word ("World's oldest burger" and the claim it is about), so
  // only claims with nothing in common are set aside unread.
  if (shared.entities === 0 && shared.terms === 0 && sharedMeanings(a, b).size === 0) {
    return { relation: 'unrelated', score: 0, reasons: [] };
  }
  const reasons = conflictReasons(a, b);
  // "denied reports that …" denies; its "reports" is no hedge.
  const hedge = a.denial || b.denial ? null : hedgeReason(a, b);
  const rules = {
    antonym: reasons.some((r) => r.code === 'antonym'),
    negation: reasons.some((r) => r.code === 'negation'),
  };
  const sa = stanceOf(model.stance, a, b, rules);
  const sb = stanceOf(model.stance, b, a, rules);
  const cross = model.pair ? combineStances(model.pair, sa, sb) : crossStances(sa, sb);
  // Facts that cannot both hold (a different count, date or place; opposite words) are rare in the training
  // stories, so the learned stances undersell them: a firm claim on both sides lifts the conflict to a floor.
  // Opposite words, a negated word and a different place also turn up between two reports of one story that
  // speak of different details, so they only count firmly when the claims say mostly the same thing.
  // A rule decides alone only when the two claims say little else: long reports of one story that differ in a
  // place or a negated detail are more often about different details than in conflict.
  // The opposite words themselves ("staying" / "leaving") are the same slot said two ways.
  const opposed = reasons.some((r) => r.code === 'antonym') ? 1 : 0;
  const alike = meaningOverlap(a, b) + opposed / Math.max(1, Math.min(a.terms.length, b.terms.length));
  const extra =
    Math.max(a.terms.length, b.terms.length) -
    Math.min(sharedMeanings(a, b).size, sharedMeanings(b, a).size) -
    opposed;
  // "Four killed in Florida" and "two killed in Georgia": claims differing in two facts at once tell of two
  // events (two storms, two votes), not two versions of one.
  // "A second fire", "a separate trial": one side says outright that it speaks of another event.
  const facts = new Set(reasons.filter((r) => FACT_RULES.has(r.code)).map((r) => r.code));
  // Different names on each side count as one more differing fact, unless the names are the fact in question.
  const names = !facts.has('place') && namesDiffer(a, b) ? 1 : 0;
  // A negated deed on another day ("did not score on Wednesday" / "scored on Saturday") is another match.
  if (reasons.some((r) => r.code === 'negation') && (facts.has('number') || dateReason(a, b, 0))) {
    facts.add('negation');
  }
  if (!facts.has('date') && facts.size > 0 && dateReason(a, b, 0)) facts.add('date');
  const twoEvents =
    facts.size + (facts.size > 0 ? names : 0) >= 2 ||
    [a, b].some((c) => c.words.some((w) => OTHER_EVENT.has(w.lower)));
  const firm = twoEvents
    ? []
    : reasons.filter((r) => (!LOOSE_RULES.has(r.code) || alike >= AGREE_OVERLAP) && extra <= MAX_OTHER_TERMS);
  const floor = hedge ? 0 : Math.max(0, ...firm.map((r) => RULE_FLOORS[r.code] ?? 0));
  const other = Math.max(cross.agree, cross.neutral);
  const learned = cross.conflict / Math.max(1e-9, cross.conflict + other);
  // Two sides that both deny or negate it, with no rule between them, say the same thing the same way
  // ("has not spread beyond the city" / "no cases outside the city"): refuting words on both are no conflict.
  const bothDeny = (a.negated || a.denial !== null) && (b.negated || b.denial !== null);
  const capped = bothDeny && reasons.length === 0;
  const score = Math.round((capped ? Math.min(learned, 0.49) : Math.max(learned, floor)) * 1000) / 1000;
  // Two firm claims with no rule between them, of one polarity, saying mostly the same words (or words of the
  // same meaning) restate one thing, whatever the stances learned from headlines make of them.
  const restated =
    reasons.length === 0 &&
    !figuresDiffer(a, b) &&
    !hedge &&
    a.hedges.length === 0 &&
    b.hedges.length === 0 &&
    (a.negated || a.denial !== null) === (b.negated || b.denial !== null) &&
    alike >= AGREE_OVERLAP;
  // Agreement needs the same thing said: two firm claims that share a few words are only about one story,
  // and two that differ in a fact (a count, a date, a place, a direction) do not say the same thing.
  const same =
    restated ||
    (cross.agree >= cross.neutral &&
      !twoEvents &&
      !hedge &&
      !figuresDiffer(a, b) &&
      !reasons.some((r) => FACT_RULES.has(r.code)) &&
      (alike >= AGREE_MIN_ALIKE || cross.agree >= STRONG_AGREE * cross.neutral));
  const relation: Relation = score >= 0.5 ? 'conflict' : same ? 'agree' : 'neutral';
  if (relation !== 'conflict') {
    return { relation, score, reasons: relation === 'neutral' && hedge ? [hedge] : [] };
  }
  const out = [...reasons];
  if (out.length === 0) {
    const refuting = refutingReason(a, b, againstWords(model.stance, a), againstWords(model.stance, b));
    if (refuting) out.push(refuting);
  }
  const speaker = sameSpeakerReason(a, b);
  return { relation, score, reasons: speaker ? [...out, speaker] : out };
}
