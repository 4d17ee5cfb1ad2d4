import type { Stance } from '../quotes/types.ts';
import { isNegator, type Clause } from './polarity.ts';
import type { ClaimToken } from './claim-tokens.ts';

/**
 * What a claim asserts and how its speaker holds it: "The Kremlin denied that Putin had agreed to a ceasefire" is
 * the Kremlin denying the proposition "Putin had agreed to a ceasefire", not anyone asserting it.
 */
export interface Assertion {
  /** The speaker's stance toward the proposition: asserts it, denies it, or only suggests it. */
  stance: Stance;
  /** The words that deny the proposition ("denied reports that", "it is not true that"), or null. */
  frame: { start: number; end: number; text: string } | null;
  /** Where the proposition begins in the claim's text: after the frame, else at 0. */
  start: number;
  /** True when the proposition itself is negated ("that no troops crossed"). */
  negated: boolean;
  /** 1 when the speaker holds that the proposition's event happened, -1 when that it did not. */
  polarity: 1 | -1;
}

/** Verbs that deny what follows them when a clause, a report noun or a deed follows ("denied that …"). */
const DENY_VERBS = new Set(
  `deny denies denied denying refute refutes refuted refuting dismiss dismisses dismissed dismissing reject
  rejects rejected rejecting dispute disputes disputed disputing rebuff rebuffs rebuffed rebuffing repudiate
  repudiates repudiated repudiating`.split(/\s+/),
);

/** Nouns naming what is denied ("reports that", "claims that"): the proposition follows them. */
const REPORT_NOUNS = new Set(
  ['report', 'claim', 'allegation', 'suggestion', 'rumour', 'rumor', 'account', 'assertion', 'story'].flatMap(
    (n) => [n, `${n}s`],
  ),
);
REPORT_NOUNS.add('speculation').add('talk').add('stories');

const CALL_VERBS = new Set(['call', 'calls', 'called', 'calling']);

/** What "called it … that" and "it is … that" deny with. */
const FALSE_WORDS = new Set([
  'false',
  'untrue',
  'wrong',
  'nonsense',
  'fake',
  'fiction',
  'baseless',
  'incorrect',
]);

const BE = new Set(['is', 'was', "it's", 'are', 'were']);

/** The frame that denies what follows it, as the index of its first token and one past its last; or null. */
function denyingFrame(tokens: readonly ClaimToken[]): { from: number; to: number } | null {
  const at = (i: number) => tokens[i]?.lower ?? '';
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = at(i);
    if (DENY_VERBS.has(w)) {
      let j = i + 1;
      if (at(j) === 'the' || at(j) === 'any') j++;
      const noun = REPORT_NOUNS.has(at(j));
      if (noun) j++;
      if (at(j) === 'that') return { from: i, to: j + 1 };
      if (noun) return { from: i, to: j };
      // "denied having met him", "denied being there": the deed is what follows.
      if (/^[a-z]{2,}ing$/.test(at(i + 1))) return { from: i, to: i + 1 };
      continue;
    }
    // "called it false that …", "called it a lie that …".
    if (CALL_VERBS.has(w) && at(i + 1) === 'it') {
      const j = at(i + 2) === 'a' ? i + 3 : i + 2;
      if ((FALSE_WORDS.has(at(j)) || at(j) === 'lie') && at(j + 1) === 'that') return { from: i, to: j + 2 };
      continue;
    }
    // "it is not true that …", "it isn't true that …", "it was false that …".
    if (w === 'it' || w === "it's") {
      let j = w === "it's" ? i + 1 : i + 2;
      if (w === 'it' && !BE.has(at(i + 1)) && !/^(?:isn't|wasn't)$/.test(at(i + 1))) continue;
      const negatedBe = /n't$/.test(at(j - 1)) || at(j) === 'not';
      if (at(j) === 'not') j++;
      const falseWord = FALSE_WORDS.has(at(j)) || (negatedBe && at(j) === 'true');
      if (falseWord && at(j + 1) === 'that' && !(negatedBe && FALSE_WORDS.has(at(j)))) {
        return { from: i, to: j + 2 };
      }
      continue;
    }
    // "there is no truth to reports that …".
    if (w === 'no' && at(i + 1) === 'truth' && /^(?:to|in)$/.test(at(i + 2))) {
      let j = i + 3;
      if (at(j) === 'the') j++;
      if (REPORT_NOUNS.has(at(j))) j++;
      if (at(j) === 'that') return { from: i, to: j + 1 };
    }
  }
  return null;
}

/** True when the part of a clause from a token on carries an odd number of negators. */
function negatedFrom(clause: Clause, tokens: readonly ClaimToken[], from: number): boolean {
  // A clause whose negators deny nothing ("not only", "no doubt") stays affirmed.
  const exempt = !clause.negated && clause.cues.length % 2 === 1;
  let count = 0;
  for (let k = Math.max(from, clause.from); k < clause.to; k++)
    if (isNegator(tokens[k]?.lower ?? '')) count++;
  return !exempt && count % 2 === 1;
}

/**
 * Reads what a claim asserts and the speaker's stance toward it, from a denying frame in the text or from the
 * reporting cue's stance (a quote "Mr Putin had agreed to a ceasefire" cued by "denied" is denied).
 */
export function readAssertion(
  text: string,
  tokens: readonly ClaimToken[],
  clauses: readonly Clause[],
  cueStance?: Stance,
  hedged = false,
): Assertion {
  const found = denyingFrame(tokens);
  const first = found ? tokens[found.from] : undefined;
  const last = found ? tokens[found.to - 1] : undefined;
  const frame =
    first && last ? { start: first.start, end: last.end, text: text.slice(first.start, last.end) } : null;
  const from = found?.to ?? 0;
  const start = tokens[from]?.start ?? text.length;
  const negated = clauses.some((c) => c.to > from && negatedFrom(c, tokens, from));
  const stance: Stance =
    cueStance === 'deny' || frame ? 'deny' : (cueStance ?? (hedged ? 'hedge' : 'assert'));
  const polarity = (stance === 'deny') !== negated ? -1 : 1;
  return { stance, frame, start, negated, polarity };
}
