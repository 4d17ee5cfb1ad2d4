import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/index.ts';
import { calibrate } from './calibrate.ts';
import { evidenceFeatures } from './evidence.ts';
import type { Features } from './logistic.ts';
import { capitalise, clauseAt, restFrom } from './describe.ts';
import { GATES, RULE_FLOORS, type Verdict } from './gates.ts';
import { defaultModel } from './model.ts';
import { readPair, type PairReading } from './pair-reading.ts';
import { refutingReason } from './reasons-polarity.ts';
import type { ConflictModel, Judgement, Reason, Relation, Tier } from './types.ts';

export { conflictReasons, crossStances } from './pair-reading.ts';

/** A claim as the judge takes it: plain text, the input to normalisation, or an already normalised claim. */
export type ClaimLike = string | ClaimInput | NormalizedClaim;

/** Normalises a claim unless it already is; callers judging one claim many times normalise it once. */
export function asNormalized(claim: ClaimLike): NormalizedClaim {
  if (typeof claim === 'string') return normalizeClaim({ text: claim });
  return 'words' in claim ? claim : normalizeClaim(claim);
}

/**
 * Calibrated conflict probability from which a pair is marked disputed, chosen on story-split cross-validation of
 * the tune part (`counterclaim eval conflicts FILE --curve`, calibration fitted out of fold). Higher thresholds buy
 * precision (claim vs headline 0.87 at 0.5, 0.89 at 0.7, 0.91 at 0.75; headline pairs 0.76, 0.80, 0.81) for F1
 * (0.77, 0.74, 0.72; 0.69, 0.64, 0.61), but above 0.5 the negation pairs of fixtures/pairs, which the calibration
 * scores 0.5–0.7, are no longer marked and their F1 falls under 0.9. Below it, a pair with a reason on the same
 * point is another account.
 */
export const DISPUTED = 0.5;

/** The decisions the judge takes after the score, named in the trace like the gates of the rule table. */
export const FINAL_RULES = [
  {
    name: 'refuting-word',
    does: 'With no rule reason, a refuting word on one side only ("hoax") is the reason.',
  },
  {
    name: 'no-reason',
    does: 'A conflict that cannot be said in words is not marked: it is at most another account.',
  },
  {
    name: 'only-other-points',
    does: 'Reasons only on details the other claim hardly speaks of: another account, never disputed.',
  },
  { name: 'below-threshold', does: `A score under ${DISPUTED} is another account, never disputed.` },
  { name: 'disputed', does: 'Above the threshold, with a reason in words: marked disputed.' },
  { name: 'same-speaker', does: 'One speaker on both sides of a conflict is said to be quoted saying both.' },
] as const;

function sameSpeaker(a: NormalizedClaim, b: NormalizedClaim): boolean {
  if (!a.speaker || !b.speaker) return false;
  // "Kremlin aide Yuri Ushakov" and "Yuri Ushakov" are one speaker: a full name ends the longer key.
  const [short, long] =
    a.speaker.length <= b.speaker.length ? [a.speaker, b.speaker] : [b.speaker, a.speaker];
  return short === long || (short.includes(' ') && long.endsWith(` ${short}`));
}

/** What a speaker said, whole; when the claim holds its own quotation marks, only the first quoted clause. */
function ownWords(c: NormalizedClaim): string {
  return /[“”"]/.test(c.text) ? clauseAt(c, c.words[0]?.start ?? 0) : restFrom(c, 0);
}

function sameSpeakerReason(a: NormalizedClaim, b: NormalizedClaim): Reason {
  const name = capitalise(a.speakerName?.trim() || b.speakerName?.trim() || 'One speaker');
  const where = (c: NormalizedClaim) => (c.outlet ? ` (${c.outlet})` : '');
  const qa = ownWords(a);
  const qb = ownWords(b);
  const text = `${name} is quoted saying both “${qa}”${where(a)} and “${qb}”${where(b)}.`;
  return { code: 'same-speaker-opposite', text, a: qa, b: qb };
}

function runGates(r: PairReading, trace: string[]): Verdict {
  const v: Verdict = {
    fixed: null,
    reasons: [...r.reasons],
    canConflict: true,
    floor: 0,
    cap: 1,
    agree: false,
    loose: new Set(),
  };
  for (const gate of GATES) {
    if (gate.apply(r, v)) trace.push(gate.name);
    if (v.fixed) break;
  }
  return v;
}

/** A pair read and put through the gates: what the score and the relation are decided from. */
export interface WeighedPair {
  reading: PairReading;
  verdict: Verdict;
  /** The conflict reasons, with the refuting-word reason when no rule gave one. */
  reasons: Reason[];
  /** The learned stances' conflict probability against the likelier of agree and neutral. */
  learned: number;
  /** The evidence the calibration reads (see evidenceFeatures). */
  evidence: Features;
  trace: string[];
}

/** A pair whose relation a gate fixed outright (nothing shared, another story), with the gates that fired. */
export interface FixedPair {
  fixed: Relation;
  trace: string[];
}

/**
 * Reads a pair and runs the gates: everything the judgement is made from, or the relation a gate fixed outright.
 * The learner calibrates the score on this, so it learns from exactly what the judge reads.
 */
export function weighPair(
  a: NormalizedClaim,
  b: NormalizedClaim,
  model: ConflictModel,
): WeighedPair | FixedPair {
  const trace: string[] = [];
  const r = readPair(a, b, model);
  const v = runGates(r, trace);
  if (v.fixed) return { fixed: v.fixed, trace };
  const other = Math.max(r.cross.agree, r.cross.neutral);
  const learned = r.cross.conflict / Math.max(1e-9, r.cross.conflict + other);
  const reasons = [...v.reasons];
  const raw = Math.max(learned, v.floor);
  // Uncalibrated, a refuting word is a reason only where the learned score already leans to conflict; and two
  // sides that both deny it ("rejected claims that she was warned" / "nobody warned me") agree, whatever the words.
  // A refuting word disputes the whole report, so it still speaks when the rules found only details to differ on.
  const onlyDetails = reasons.every((x) => v.loose.has(x.code));
  if (v.canConflict && !r.bothDeny && onlyDetails && (model.calibration || raw >= 0.5)) {
    const refuting = refutingReason(a, b, r.refuting);
    if (refuting) {
      reasons.push(refuting);
      trace.push('refuting-word');
    }
  }
  return { reading: r, verdict: v, reasons, learned, evidence: evidenceFeatures(r, v, learned), trace };
}

/**
 * Rules whose floor stands over the calibration. Emergent labels whether a headline backs a claim, not whether two
 * accounts give another count, date or place, so the calibration learned from it cannot weigh these clashes of
 * fact (it learned to doubt them: headlines round "2,084" to "2,000"); fixtures/pairs measures them instead.
 * Negation and refuting words, which Emergent does measure, are left to the calibration.
 */
const RULE_PRIORS: ReadonlySet<Reason['code']> = new Set([
  'number',
  'date',
  'place',
  'antonym',
  'denial-cue',
]);

/** The highest floor of the firm reasons among the rule priors; none when one side only suggests it. */
function priorFloor(w: WeighedPair): number {
  if (w.reading.hedge) return 0;
  const v = w.verdict;
  const firm = v.reasons.filter((x) => RULE_PRIORS.has(x.code) && !v.loose.has(x.code));
  return Math.max(0, ...firm.map((x) => RULE_FLOORS[x.code] ?? 0));
}

/** The conflict score of a weighed pair: calibrated when the model is, else the learned score lifted to the rules' floors. */
function scoreOf(w: WeighedPair, model: ConflictModel): number {
  const v = w.verdict;
  const raw = model.calibration
    ? Math.max(calibrate(w.evidence, model.calibration), priorFloor(w))
    : Math.max(w.learned, v.floor);
  const capped = Math.min(v.cap, v.canConflict ? raw : Math.min(raw, 0.49));
  return Math.round(capped * 1000) / 1000;
}

/**
 * Judges what two claims say (not how they were reported): features of the pair, reasons from the rules, named
 * gates, then the relation. Conflict only when the calibrated score clears {@link DISPUTED} and a reason says why
 * in words; the trace lists every gate that fired, and the tier tells disputed from another account.
 */
export function judgeClaims(
  first: ClaimLike,
  second: ClaimLike,
  model: ConflictModel = defaultModel,
): Judgement {
  const a = asNormalized(first);
  const b = asNormalized(second);
  const w = weighPair(a, b, model);
  if ('fixed' in w) return { relation: w.fixed, score: 0, reasons: [], tier: 'none', trace: w.trace };
  const { verdict: v, reasons, trace } = w;
  const r = w.reading;
  const score = scoreOf(w, model);
  // Only a reason in words shows the two speak of the same point; a learned score alone does not, and neither
  // does a clash on a detail the other claim hardly speaks of (a different point of one story).
  const samePoint = v.canConflict && reasons.length > 0;
  const onPoint = reasons.some((x) => !v.loose.has(x.code));
  if (v.canConflict && reasons.length === 0 && score >= DISPUTED) trace.push('no-reason');
  if (samePoint && !onPoint) trace.push('only-other-points');
  const disputed = samePoint && onPoint && score >= DISPUTED;
  if (samePoint && onPoint && !disputed) trace.push('below-threshold');
  if (disputed) {
    trace.push('disputed');
    if (sameSpeaker(a, b)) {
      trace.push('same-speaker');
      reasons.push(sameSpeakerReason(a, b));
    }
    return { relation: 'conflict', score, reasons, tier: 'disputed', trace };
  }
  const tier: Tier = samePoint && !v.agree ? 'other-account' : 'none';
  const relation = v.agree ? 'agree' : 'neutral';
  // Another account keeps its reasons, so the reader sees how the accounts differ; it is never marked.
  const shown = tier === 'other-account' ? reasons : [];
  return {
    relation,
    score,
    reasons: relation === 'neutral' && r.hedge ? [...shown, r.hedge] : shown,
    tier,
    trace,
  };
}
