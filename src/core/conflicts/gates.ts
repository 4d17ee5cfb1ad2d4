import type { PairReading } from './pair-reading.ts';
import { FACT_RULES } from './pair-reading.ts';
import { onePointInClauses } from './reason-point.ts';
import type { Reason, Relation } from './types.ts';

/** What the gates decide about a pair, step by step, before the score is read. */
export interface Verdict {
  /** A relation fixed by a gate, which no later gate overturns (two claims with nothing in common). */
  fixed: Relation | null;
  /** The conflict reasons still standing. */
  reasons: Reason[];
  /** False once a gate has ruled a conflict out (another event, another story). */
  canConflict: boolean;
  /** Lowest conflict score the reasons still standing give. */
  floor: number;
  /** Highest conflict score allowed, when a gate caps it. */
  cap: number;
  /** True when the two say the same thing. */
  agree: boolean;
  /** Reasons about a detail the other claim hardly speaks of: shown, but no floor. */
  loose: Set<Reason['code']>;
}

/** One named rule of the judge: what it checks, an example pair it fires on, and what it does to the verdict. */
export interface Gate {
  name: string;
  /** What the gate does, in a sentence. */
  does: string;
  /** Two claims the gate fires on (kept in the rule table so each rule can be read and tested with its case). */
  example: { a: string; b: string };
  /** Applies the gate; true when it fired (changed the verdict), which the judgement's trace records. */
  apply(r: PairReading, v: Verdict): boolean;
}

/** Days apart beyond which two articles' claims are taken for two stories. */
export const STORY_WINDOW_DAYS = 30;

/** Lowest conflict strength a firm reason of each kind gives. */
export const RULE_FLOORS: Partial<Record<Reason['code'], number>> = {
  number: 0.8,
  date: 0.75,
  place: 0.7,
  antonym: 0.8,
  negation: 0.7,
  'denial-cue': 0.75,
};

/** Reasons that need the two claims to say mostly the same thing before they show a conflict on one point. */
const LOOSE_RULES: ReadonlySet<Reason['code']> = new Set(['antonym', 'place', 'negation']);

/** Most terms the longer claim may say beyond the shared ones for a reason to be about the same point. */
const MAX_OTHER_TERMS = 4;

/**
 * Most terms the longer of the two clauses carrying a reason may say beyond the shared ones: a clause is a part of
 * a claim, so less is left for a detail ("the bridge was not opened to lorries" against "the mayor opened the
 * new bridge over the river with a brass band").
 */
const MAX_OTHER_CLAUSE_TERMS = 3;

/** Share of the shorter claim's terms two claims must say alike to be about the same point. */
const SAME_POINT = 0.5;

/** Words besides the names two claims must say alike to restate one point: the deed and what it is done to. */
const RESTATED_MIN_WORDS = 2;

/** Share of the shorter claim's words (or words of the same meaning) two claims must say alike to agree. */
const AGREE_MIN_ALIKE = 0.6;

/** How many times likelier the learned stances must find agreement than neutrality to agree on few shared words. */
const STRONG_AGREE = 1.3;

function onePoint(r: PairReading, reason: Reason): boolean {
  // Two venues of one meeting, or a denial of what the other says, are one point however the rest is worded.
  if (reason.venue) return true;
  if (reason.code === 'denial-cue') return r.alike >= SAME_POINT || r.alikeTerms >= 2;
  const share = LOOSE_RULES.has(reason.code) ? SAME_POINT : 0;
  if (r.alike >= share && r.extra <= MAX_OTHER_TERMS) return true;
  // Claims of several clauses make several points: the clash is on one point when the clauses carrying it are.
  return onePointInClauses(r.a, r.b, reason, { share, maxOther: MAX_OTHER_CLAUSE_TERMS });
}

/** The judge's rule table, in the order the gates apply. */
export const GATES: readonly Gate[] = [
  {
    name: 'nothing-shared',
    does: 'Two claims with no word, meaning or name in common are unrelated.',
    example: {
      a: 'The jury convicted the mayor of fraud',
      b: 'A new species of frog lives in the cloud forest',
    },
    apply(r, v) {
      if (r.alikeTerms > 0 || r.sharedEntities > 0 || r.a.terms.some((t) => r.b.terms.includes(t)))
        return false;
      v.fixed = 'unrelated';
      return true;
    },
  },
  {
    name: 'other-story',
    does: `Claims from articles more than ${STORY_WINDOW_DAYS} days apart tell of two stories: never a conflict.`,
    example: {
      a: 'The two leaders agreed on a prisoner exchange involving twelve people',
      b: 'The two leaders agreed on a prisoner exchange involving nine people',
    },
    apply(r, v) {
      if (r.daysApart === null || r.daysApart <= STORY_WINDOW_DAYS) return false;
      v.fixed = 'unrelated';
      return true;
    },
  },
  {
    name: 'another-event',
    does: 'Claims that differ in two facts at once, or say "a second" or "another", tell of two events.',
    example: {
      a: 'Four people were killed when the storm hit Florida on Monday',
      b: 'Two people were killed when the storm hit Georgia on Tuesday',
    },
    apply(r, v) {
      const names = !r.facts.has('place') && r.facts.size > 0 && r.namesDiffer ? 1 : 0;
      if (r.facts.size + names < 2 && !r.otherEventWord) return false;
      v.reasons = v.reasons.filter((x) => !FACT_RULES.has(x.code) && x.code !== 'negation');
      v.canConflict = false;
      return true;
    },
  },
  {
    name: 'different-point',
    does: 'A clash on a detail the other claim hardly speaks of (few words alike, many others, in the claims and in the clauses that carry it) proves nothing: its rule gives no floor, and alone it never marks a quote disputed.',
    example: {
      a: 'The mayor opened the new bridge over the river with a brass band and a crowd of residents',
      b: 'The bridge was not opened to lorries',
    },
    apply(r, v) {
      const loose = v.reasons.filter((x) => !onePoint(r, x));
      if (loose.length === 0) return false;
      v.loose = new Set(loose.map((x) => x.code));
      return true;
    },
  },
  {
    name: 'hedged',
    does: 'One side only suggests what the other states: the rules alone do not make it a conflict.',
    example: { a: 'The factory may close next year', b: 'The factory will close next year' },
    apply(r, v) {
      if (!r.hedge) return false;
      v.floor = 0;
      return true;
    },
  },
  {
    name: 'only-asks',
    does: 'One side only asks ("Banksy arrested?"): a question asserts nothing to dispute, so it is at most another account.',
    example: { a: 'Street artist Banksy arrested in London?', b: 'No, Banksy has not been arrested' },
    apply(r, v) {
      if (!r.asks) return false;
      v.cap = Math.min(v.cap, 0.49);
      return true;
    },
  },
  {
    name: 'same-stance',
    does: 'Both sides deny or negate it, and no fact differs: they say the same thing, not opposite things.',
    example: {
      a: 'The Kremlin denied that Putin had agreed to an immediate ceasefire',
      b: 'No one spoke of an immediate ceasefire',
    },
    apply(r, v) {
      if (!r.bothDeny || v.reasons.length > 0) return false;
      v.cap = 0.49;
      return true;
    },
  },
  {
    name: 'firm-reason',
    does: 'A reason on the same point (a count, date, venue, denial, negation or opposite word) lifts the score.',
    example: {
      a: 'The prisoner exchange would involve nine people from each side',
      b: 'The prisoner exchange will involve twelve people from each side',
    },
    apply(r, v) {
      if (v.reasons.length === 0 || r.hedge) return false;
      const firm = v.reasons.filter((x) => !v.loose.has(x.code));
      if (firm.length === 0) return false;
      v.floor = Math.max(v.floor, ...firm.map((x) => RULE_FLOORS[x.code] ?? 0));
      return true;
    },
  },
  {
    name: 'restated',
    does: 'Two firm claims with no reason between them, saying mostly the same words or meanings, agree.',
    example: {
      a: 'Putin agreed to meet Trump in the Vatican',
      b: 'Putin agreed to meet Trump in the Vatican soon',
    },
    apply(r, v) {
      // Two claims that share only who they are about ("Mayor Wahl opened …" / "Mayor Wahl was fined …") agree on nothing.
      if (r.hedge || r.figuresDiffer || !v.canConflict || r.alikeOutsideNames === 0) return false;
      // Any reason between them, even one on a detail, says they differ; and one that holds the event happened
      // does not restate one that holds it did not ("start talks at once" / "no one spoke of a ceasefire").
      if (r.reasons.length > 0 || r.polarities[0] !== r.polarities[1]) return false;
      // Restating says the same deed of the same thing: half the words or meanings alike, two of them besides the
      // names. The learned stances only tell that both sides state something, which two points of one story do as
      // well ("nine people from each side" / "nine people were injured", "the Vatican would be very interested in
      // hosting the negotiations" / "immediately start negotiations toward a ceasefire").
      const shorter = Math.min(r.a.terms.length, r.b.terms.length);
      if (r.alike < SAME_POINT || r.alikeOutsideNames < Math.min(RESTATED_MIN_WORDS, shorter)) return false;
      const restated = r.a.hedges.length === 0 && r.b.hedges.length === 0;
      const learned =
        r.cross.agree >= r.cross.neutral &&
        (r.alike >= AGREE_MIN_ALIKE || r.cross.agree >= STRONG_AGREE * r.cross.neutral);
      if (!restated && !learned) return false;
      v.agree = true;
      return true;
    },
  },
];
