import { findDates, type DateMention } from '../claims/index.ts';
import { normalizeClaim, type ClaimWord, type NormalizedClaim } from '../claims/index.ts';
import { claimTokens } from '../claims/index.ts';
import { fnv1a } from './hash.ts';

/**
 * A claim's normalised reading, packed for storage beside it: normalising a candidate again on every check was
 * most of a check's cost, and unpacking is about ten times cheaper. Words keep only what cannot be derived from
 * the claim's text (a word's text, lower case and stem are left out when they are the obvious ones).
 */
interface PackedFeatures {
  /** Fingerprint of the normaliser that wrote it; another one means the reading may be stale. */
  f: string;
  s: string | null;
  w: [number, number, number, 0 | 1, string | null, string | null, string | null][];
  t: string[];
  e: NormalizedClaim['entities'];
  q: NormalizedClaim['quantities'];
  d: DateMention[];
  /** Dates read without the article's date, when they differ: agreement is judged on undated readings. */
  u?: DateMention[];
  c: NormalizedClaim['clauses'];
  n: boolean;
  h: NormalizedClaim['hedges'];
  x: NormalizedClaim['denial'];
  st: NormalizedClaim['stance'];
  as: NormalizedClaim['assertion'];
}

/** What a claim is read from: the same inputs the ranking normalises a candidate with. */
export interface FeatureInput {
  text: string;
  speaker: string | null;
  /** The reporting cue's stance ("denied" denies the quote), when the claim was quoted with one. */
  cueStance?: NormalizedClaim['stance'];
  /** The outlet that published it, named in reasons. */
  outlet?: string;
  /** ISO date of the article; relative dates ("Monday") are resolved against it. */
  date?: string;
}

// A few sentences that exercise every part of normalisation: a normaliser that reads any of them differently
// gets another fingerprint, and features packed by the old one are read again from the text.
const PROBES: readonly FeatureInput[] = [
  {
    text: 'The Kremlin said on Monday there was no discussion of a ceasefire timeline.',
    speaker: 'the Kremlin',
  },
  {
    text: 'President Donald Trump denied that Moscow had agreed to free 9 prisoners, reportedly by May 2025.',
    speaker: 'Sen. Susan Collins',
    date: '2025-05-20',
  },
  { text: "U.S. officials didn't confirm the $19 million sale; it may never happen?", speaker: null },
];

let fingerprint: string | null = null;

/** A short fingerprint of the current normaliser, computed once: packed features carry the one that wrote them. */
export function normalizerFingerprint(): string {
  fingerprint ??= fnv1a(JSON.stringify(PROBES.map((p) => normalizeClaim(p)))).toString(36);
  return fingerprint;
}

function packWord(text: string, w: ClaimWord): PackedFeatures['w'][number] {
  const plain = text.slice(w.start, w.end);
  return [
    w.start,
    w.end,
    w.clause,
    w.content ? 1 : 0,
    w.text === plain ? null : w.text,
    w.lower === w.text.toLowerCase() ? null : w.lower,
    w.stem === w.lower ? null : w.stem,
  ];
}

function unpackWord(text: string, p: PackedFeatures['w'][number]): ClaimWord {
  const [start, end, clause, content, packedText, packedLower, packedStem] = p;
  const wordText = packedText ?? text.slice(start, end);
  const lower = packedLower ?? wordText.toLowerCase();
  return { text: wordText, lower, stem: packedStem ?? lower, start, end, clause, content: content === 1 };
}

function unpack(p: PackedFeatures, input: FeatureInput, dates: DateMention[]): NormalizedClaim {
  return {
    text: input.text,
    speaker: p.s,
    speakerName: input.speaker,
    ...(input.outlet ? { outlet: input.outlet } : {}),
    words: p.w.map((w) => unpackWord(input.text, w)),
    terms: p.t,
    entities: p.e,
    quantities: p.q,
    dates,
    clauses: p.c,
    negated: p.n,
    hedges: p.h,
    denial: p.x,
    stance: p.st,
    assertion: p.as,
    ...(input.date ? { date: input.date } : {}),
  };
}

/**
 * Reads a claim for the ranking and the judge and packs the reading as a string to store beside it; the packed
 * form is checked to unpack to exactly the same reading, and a reading it cannot hold is not packed (null).
 */
export function packFeatures(input: FeatureInput): string | null {
  const dated = normalizeClaim(input);
  const undatedDates = input.date ? findDates(claimTokens(input.text), undefined) : dated.dates;
  const packed: PackedFeatures = {
    f: normalizerFingerprint(),
    s: dated.speaker,
    w: dated.words.map((w) => packWord(input.text, w)),
    t: dated.terms,
    e: dated.entities,
    q: dated.quantities,
    d: dated.dates,
    c: dated.clauses,
    n: dated.negated,
    h: dated.hedges,
    x: dated.denial,
    st: dated.stance,
    as: dated.assertion,
  };
  if (JSON.stringify(undatedDates) !== JSON.stringify(dated.dates)) packed.u = undatedDates;
  if (JSON.stringify(unpack(packed, input, packed.d)) !== JSON.stringify(dated)) return null;
  return JSON.stringify(packed);
}

/** A claim's two readings: with its article's date (for ranking) and without (for agreement), as the judge takes them. */
export interface ClaimReadings {
  dated: NormalizedClaim;
  undated: () => NormalizedClaim;
}

/**
 * Unpacks stored features for the claim they were packed from; null when they are missing, malformed, or were
 * packed by another normaliser, so the caller reads the text instead.
 */
export function unpackFeatures(packed: string | undefined, input: FeatureInput): ClaimReadings | null {
  if (!packed) return null;
  let p: PackedFeatures;
  try {
    p = JSON.parse(packed) as PackedFeatures;
  } catch {
    return null;
  }
  if (p.f !== normalizerFingerprint() || !Array.isArray(p.w)) return null;
  const dated = unpack(p, input, p.d);
  const { date: _date, ...plain } = input;
  return { dated, undated: () => unpack(p, plain, p.u ?? p.d) };
}

/** A claim's two readings computed from its text, when no stored features can be used. */
export function readClaim(input: FeatureInput): ClaimReadings {
  const { date: _date, ...plain } = input;
  return { dated: normalizeClaim(input), undated: () => normalizeClaim(plain) };
}
