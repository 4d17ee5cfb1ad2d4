import { normalizeClaim, type ClaimInput, type NormalizedClaim } from '../claims/index.ts';
import { calibrate } from './calibrate.ts';
import { capitalise, clauseAt, restFrom } from './describe.ts';
import { GATES, type Verdict } from './gates.ts';
import { defaultModel } from './model.ts';
import { readPair, type PairReading } from './pair-reading.ts';
import { refutingReason } from './reasons-polarity.ts';
import type { ConflictModel, Judgement, Reason, Tier } from './types.ts';

export { conflictReasons, crossStances } from './pair-reading.ts';

/** A claim as the judge takes it: plain text, the input to normalisation, or an already normalised claim. */
export type ClaimLike = string | ClaimInput | NormalizedClaim;

/** Normalises a claim unless it already is; callers judging one claim many times normalise it once. */
export function asNormalized(claim: ClaimLike): NormalizedClaim {
  if (typeof claim === 'string') return normalizeClaim({ text: claim });
  return 'words' in claim ? claim : normalizeClaim(claim);
}

/**
 * Conflict score from which a pair is marked disputed. On story-split cross-validation of the Emergent pairs
 * (`counterclaim eval conflicts FILE --curve`) precision stays level from 0.5 to 0.7 and gains three points at
 * 0.75 for a quarter of the recall, so the threshold stays where recall is kept; the rules' floors sit above it.
 * Below it, a pair with a reason on the same point is another account.
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
  const trace: string[] = [];
  const r = readPair(a, b, model);
  const v = runGates(r, trace);
  if (v.fixed) return { relation: v.fixed, score: 0, reasons: [], tier: 'none', trace };
  const other = Math.max(r.cross.agree, r.cross.neutral);
  const learned = r.cross.conflict / Math.max(1e-9, r.cross.conflict + other);
  const raw = Math.min(v.cap, Math.max(learned, v.floor));
  const score =
    Math.round(calibrate(v.canConflict ? raw : Math.min(raw, 0.49), model.calibration) * 1000) / 1000;
  const reasons = [...v.reasons];
  if (v.canConflict && reasons.length === 0 && raw >= 0.5) {
    const refuting = refutingReason(a, b);
    if (refuting) {
      reasons.push(refuting);
      trace.push('refuting-word');
    }
  }
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
