import type { NormalizedClaim } from '../claims/index.ts';
import { asksOnly } from './asks-only.ts';
import { combineStances } from './combine.ts';
import { impliedNegations } from './implied-negation.ts';
import { overlap } from './pair-features.ts';
import { dateReason, figuresDiffer, namesDiffer, numberReason, placeReason } from './reasons-facts.ts';
import { antonymReason, denialCueReason, hedgeReason, negationReason } from './reasons-polarity.ts';
import { refutingWords, type RefutingWord } from './refuting-evidence.ts';
import { stanceOf, type StanceProbs } from './stance.ts';
import { meaningOverlap, meaningsOf, sharedMeanings } from './synonyms.ts';
import type { ConflictModel, Reason } from './types.ts';

/** Everything the gates read about a pair of claims, computed once: the features of the judgement. */
export interface PairReading {
  a: NormalizedClaim;
  b: NormalizedClaim;
  /** Stems said alike on both sides (the same word or a word of the same meaning), from the shorter side. */
  alikeTerms: number;
  /** Stems said alike on both sides outside the names: the predicate and its objects, not only who. */
  alikeOutsideNames: number;
  /** Entities (people, places, organisations) named on both sides. */
  sharedEntities: number;
  /** Share of the shorter claim's terms the two say alike, counting an opposite word as the same slot. */
  alike: number;
  /** Terms the longer claim says beyond the shared ones. */
  extra: number;
  /** The rule reasons found between the two, before any gate: the candidates for "why they conflict". */
  reasons: Reason[];
  /** One side hedges where the other is firm, or null. */
  hedge: Reason | null;
  /** Kinds of fact (count, date, place, direction, a negated deed) in which the two claims differ. */
  facts: Set<string>;
  /** True when each side names someone or somewhere the other does not. */
  namesDiffer: boolean;
  /** True when one side says outright that it tells of another event ("a second swap"). */
  otherEventWord: boolean;
  /** The learned stances of each side toward the other, and their crossing into conflict / agree / neutral. */
  stances: [StanceProbs, StanceProbs];
  cross: { conflict: number; agree: number; neutral: number };
  /** Both sides deny or negate it. */
  bothDeny: boolean;
  /** Whether each side holds that the event happened (1) or not (-1), reading "skipped work" as "did not go". */
  polarities: [1 | -1, 1 | -1];
  /** Both give figures and none match. */
  figuresDiffer: boolean;
  /** Days between the two articles, when both are dated. */
  daysApart: number | null;
  /** The words by which each side disputes a report ("hoax", "denies", "casts doubt"). */
  refuting: [RefutingWord[], RefutingWord[]];
  /** One side only asks ("Banksy arrested?"): it asserts nothing another account could dispute. */
  asks: boolean;
}

/** Words by which a claim marks itself as about another event than one already told ("a second swap"). */
const OTHER_EVENT: ReadonlySet<string> = new Set(['second', 'another', 'separate']);

/** How far after "another" a refuting word makes it another hoax, not another event ("another death hoax"). */
const OTHER_HOAX_WINDOW = 3;

/** True when a claim's hedge words name what it refutes or denies ("rumours … debunked", "rebuffs reports"). */
function refutesWhatItHedges(c: NormalizedClaim, refuting: readonly RefutingWord[]): boolean {
  return c.hedges.length > 0 && refuting.some((w) => w.kind !== 'doubt');
}

/** Words before "separate" that make it the adjective ("a separate attack"), not the verb ("to separate men and women"). */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

function tellsOfOtherEvent(c: NormalizedClaim, refuting: readonly RefutingWord[]): boolean {
  return c.words.some((w, i) => {
    if (!OTHER_EVENT.has(w.lower)) return false;
    if (w.lower === 'separate' && !ARTICLES.has(c.words[i - 1]?.lower ?? '')) return false;
    const next = c.words[i + OTHER_HOAX_WINDOW]?.end ?? Infinity;
    return !refuting.some((r) => r.kind === 'refute' && r.start > w.start && r.start < next);
  });
}

/** Reasons that each name a fact of the event (how many, when, where, which way): two at once mean two events. */
export const FACT_RULES: ReadonlySet<Reason['code']> = new Set(['number', 'date', 'place', 'antonym']);

/**
 * How two stances cross without a learned combiner: a conflict when one side disputes and the other does not,
 * agreement when both state (or both dispute) it, neutral when either side only reports it.
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

/** The rule reasons that point at a conflict between two claims, strongest first. */
export function conflictReasons(a: NormalizedClaim, b: NormalizedClaim): Reason[] {
  const reasons = [
    denialCueReason(a, b),
    negationReason(a, b),
    antonymReason(a, b),
    numberReason(a, b),
    dateReason(a, b),
    placeReason(a, b),
  ];
  return reasons.filter((r): r is Reason => r !== null);
}

function daysBetween(a?: string, b?: string): number | null {
  if (!a || !b) return null;
  const ms = Date.parse(a) - Date.parse(b);
  return Number.isFinite(ms) ? Math.abs(ms) / 86_400_000 : null;
}

function plainTerms(c: NormalizedClaim): Set<string> {
  const inName = (start: number) => c.entities.some((e) => start >= e.start && start < e.end);
  return new Set(c.words.filter((w) => w.content && !inName(w.start)).map((w) => w.stem));
}

function outsideNames(a: NormalizedClaim, b: NormalizedClaim): number {
  const mine = plainTerms(a);
  const theirs = new Set<string>();
  for (const t of plainTerms(b)) for (const m of meaningsOf(t)) theirs.add(m);
  let n = 0;
  for (const t of mine) if ([...meaningsOf(t)].some((m) => theirs.has(m))) n++;
  return n;
}

function effectivePolarity(c: NormalizedClaim, other: NormalizedClaim): 1 | -1 {
  const p = c.assertion.polarity;
  if (other.assertion.polarity !== -1) return p;
  const denied = impliedNegations(c);
  return other.words.some((w) => denied.has(w.stem)) ? (p === 1 ? -1 : 1) : p;
}

/** Reads the features of a pair: overlap, rule reasons, stances, facts that differ. */
export function readPair(a: NormalizedClaim, b: NormalizedClaim, model: ConflictModel): PairReading {
  const shared = overlap(a, b);
  const reasons = conflictReasons(a, b);
  const refuting: [RefutingWord[], RefutingWord[]] = [refutingWords(a), refutingWords(b)];
  // "denied reports that …" denies, and "rumours of his death debunked" refutes: their "reports" and "rumours"
  // are what is disputed, no hedge.
  const hedge =
    a.denial || b.denial || refutesWhatItHedges(a, refuting[0]) || refutesWhatItHedges(b, refuting[1])
      ? null
      : hedgeReason(a, b);
  const rules = {
    antonym: reasons.some((r) => r.code === 'antonym'),
    negation: reasons.some((r) => r.code === 'negation'),
  };
  const sa = stanceOf(model.stance, a, b, rules);
  const sb = stanceOf(model.stance, b, a, rules);
  const cross = model.pair ? combineStances(model.pair, sa, sb) : crossStances(sa, sb);
  const opposed = rules.antonym ? 1 : 0;
  const alikeTerms = Math.min(sharedMeanings(a, b).size, sharedMeanings(b, a).size);
  const alike = meaningOverlap(a, b) + opposed / Math.max(1, Math.min(a.terms.length, b.terms.length));
  const extra = Math.max(a.terms.length, b.terms.length) - alikeTerms - opposed;
  // "skipped work" holds that the nurse did not go, as "did not go to work" does.
  const pa = effectivePolarity(a, b);
  const pb = effectivePolarity(b, a);
  const facts = new Set<string>(reasons.filter((r) => FACT_RULES.has(r.code)).map((r) => r.code));
  // A negated deed on another day ("did not score on Wednesday" / "scored on Saturday") is another match.
  if (rules.negation && (facts.has('number') || dateReason(a, b, 0))) facts.add('negation');
  if (!facts.has('date') && facts.size > 0 && dateReason(a, b, 0)) facts.add('date');
  return {
    a,
    b,
    alikeTerms,
    alikeOutsideNames: outsideNames(a, b),
    sharedEntities: shared.entities,
    alike,
    extra,
    reasons,
    hedge,
    facts,
    namesDiffer: namesDiffer(a, b),
    otherEventWord: tellsOfOtherEvent(a, refuting[0]) || tellsOfOtherEvent(b, refuting[1]),
    stances: [sa, sb],
    cross,
    bothDeny: pa === -1 && pb === -1,
    polarities: [pa, pb],
    figuresDiffer: figuresDiffer(a, b),
    daysApart: daysBetween(a.date, b.date),
    refuting,
    asks: asksOnly(a, refuting[0]) || asksOnly(b, refuting[1]),
  };
}
