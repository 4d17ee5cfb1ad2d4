import type { Features } from './logistic.ts';
import type { Verdict } from './gates.ts';
import type { PairReading } from './pair-reading.ts';
import type { RefutingKind } from './refuting-evidence.ts';
import type { Reason } from './types.ts';

/** Floor on probabilities before taking logs, so a confident model cannot give an infinite feature. */
const EPS = 1e-4;

/** Log-odds of a probability, bounded. */
export function logit(p: number): number {
  const q = Math.min(1 - EPS, Math.max(EPS, p));
  return Math.log(q / (1 - q));
}

const KINDS: readonly RefutingKind[] = ['refute', 'deny', 'doubt'];

/** Reason codes the calibration weighs apart: each rule is as trustworthy as the data say, not as its floor. */
const WEIGHED_REASONS: readonly Reason['code'][] = [
  'negation',
  'denial-cue',
  'antonym',
  'number',
  'date',
  'place',
];

/**
 * What the calibration reads about a judged pair: the learned stances' conflict odds, each firm rule reason,
 * refuting words of each kind on one side only, a negation on one side only, and the gates that speak against a
 * conflict (a hedge, both sides denying, a reason on a detail, a restatement). Every feature is also something
 * a reader is told or could check, so the score never rests on a word of one story.
 */
export function evidenceFeatures(r: PairReading, v: Verdict, learned: number): Features {
  const f: Features = new Map([['learned', logit(learned)]]);
  const flag = (name: string, on: boolean) => {
    if (on) f.set(name, 1);
  };
  const firm = new Set(v.reasons.filter((x) => !v.loose.has(x.code)).map((x) => x.code));
  for (const code of WEIGHED_REASONS) flag(`reason:${code}`, firm.has(code));
  flag('loose', v.loose.size > 0);
  for (const kind of KINDS) {
    const [ka, kb] = r.refuting.map((words) => words.some((w) => w.kind === kind));
    flag(`refuting:${kind}`, ka !== kb);
  }
  const [ra, rb] = r.refuting.map((words) => words.length > 0);
  flag('refuting', ra !== rb);
  flag('negated', r.a.negated !== r.b.negated);
  flag('hedged', r.hedge !== null);
  flag('bothDeny', r.bothDeny);
  flag('restated', v.agree);
  return f;
}
