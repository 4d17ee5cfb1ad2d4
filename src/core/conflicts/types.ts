/** How two claims relate: they conflict, agree, are about the same thing without taking sides, or are unrelated. */
export type Relation = 'conflict' | 'agree' | 'neutral' | 'unrelated';

/** Why two claims were judged as they were. */
export type ReasonCode =
  | 'negation'
  | 'antonym'
  | 'number'
  | 'date'
  | 'place'
  | 'denial-cue'
  | 'same-speaker-opposite'
  | 'refuting-word'
  | 'hedge';

/** One reason for a judgement: a code, a sentence a reader can check, and the words on both sides. */
export interface Reason {
  code: ReasonCode;
  text: string;
  a: string;
  b: string;
  /** For a place: both sides name it as the venue of the event, which no wording of one story leaves open. */
  venue?: boolean;
}

/** How a pair is shown: disputed (marked), another account of the same point (listed, never marked), or neither. */
export type Tier = 'disputed' | 'other-account' | 'none';

/** The judgement of a pair of claims; score is the strength of a conflict in [0, 1] (calibrated when the model is). */
export interface Judgement {
  /** "conflict" exactly when the tier is "disputed". */
  relation: Relation;
  score: number;
  reasons: Reason[];
  /** Disputed, another account, or neither; the judge always gives it (optional for judgements made by hand). */
  tier?: Tier;
  /** The names of the gates and rules that fired, in order (see GATES and FINAL_RULES); always given by the judge. */
  trace?: string[];
}

/** The stance classes a claim is read into: it states the thing, denies it, or only reports it. */
export const STANCE_CLASSES = ['for', 'against', 'observing'] as const;

/** The pair classes read from two stances; "unrelated" is decided by overlap rules before them. */
export const PAIR_CLASSES = ['conflict', 'agree', 'neutral'] as const;

/** A linear model over named features: one weight per class for each feature, plus a bias per class. */
export interface LinearModel {
  classes: readonly string[];
  bias: number[];
  weights: Record<string, number[]>;
}

/** Everything learned that the judge needs: the stance of one claim toward another, and how two stances combine. */
export interface ConflictModel {
  stance: LinearModel;
  /** Conflict / agree / neutral from the two stances (classes PAIR_CLASSES); absent, a fixed rule crosses them. */
  pair?: LinearModel;
  /** The calibration of the conflict score, fitted on out-of-fold judgements; absent, the raw score is kept. */
  calibration?: Calibration;
}

/** Logistic calibration: P(conflict) = sigmoid(bias + Σ weight · evidence feature), see evidenceFeatures. */
export interface Calibration {
  bias: number;
  weights: Record<string, number>;
}
