import type { NormalizedClaim } from '../claims/index.ts';
import { debunkOpener } from './debunk-opener.ts';
import { isEvidence } from './describe.ts';
import { findRefuting } from './lexicon.ts';
import { findStanceWords, lexiconForm } from './stance-lexicon.ts';

/** How a word disputes a report: calls it false ("hoax"), denies it ("rebuffs"), or doubts it ("casts doubt"). */
export type RefutingKind = 'refute' | 'deny' | 'doubt';

/** A word or phrase by which a claim disputes a report, with how it disputes it. */
export interface RefutingWord {
  kind: RefutingKind;
  text: string;
  start: number;
  end: number;
}

/**
 * Stance words that lean against a report without saying what is wrong with it ("actually", "crazy", "still"):
 * the stance model may weigh them, but a reader cannot check them as a reason.
 */
const TOO_VAGUE: ReadonlySet<string> = new Set([
  'actually',
  'in fact',
  'turns out',
  'turned out',
  'crazy',
  'wildly',
  'unbelievable',
  'good one',
  'ridiculous',
  'absurd',
  'laughable',
  'no',
  'slams',
  'hits back',
  'calls out',
  'clarifies',
  'correction',
  'corrects',
  'suspect',
  'suspicious',
  'questioned',
]);

/** Verbs that refute only when they take a report as object: "dismissed claims that" refutes, "dismissed the minister" does not. */
const FRAME_VERBS =
  /^(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed)?|reject(?:s|ed)?|refute[sd]?|dispute[sd]?|rebuff(?:s|ed)?|(?:shoots?|shot) down)$/;

/** What a framing verb must take as object to refute: a report, or a clause ("denied that"). */
const REPORT_OBJECT =
  /^(?:that|claims?|reports?|rumou?rs?|stor(?:y|ies)|allegations?|speculation|suggestions?|accounts?)$/;

/** How many words after a framing verb its report may come ("rebuffs internet rumours that"). */
const OBJECT_WINDOW = 3;

/** Words that turn a refuting word around: "no hoax", "not fake", "denies hoax claims" affirm the report. */
const TURNS_AROUND = /^(?:not|no|never|n't|without|den(?:y|ies|ied|ying)|reject(?:s|ed)?)$/;

/** How many words before a refuting word are read for one that turns it around. */
const TURN_WINDOW = 3;

/** True when one of the few words after `end` names a report, as the object of a framing verb. */
function takesReport(claim: NormalizedClaim, end: number): boolean {
  const next = claim.words.findIndex((w) => w.start >= end);
  if (next < 0) return false;
  return claim.words.slice(next, next + OBJECT_WINDOW).some((w) => REPORT_OBJECT.test(w.lower));
}

/** True when the sentence holding the text at `end` is a question: the next stop after it is a question mark. */
function inQuestion(text: string, end: number): boolean {
  return /^[^.?!]*\?/.test(text.slice(end, end + 200));
}

/** "Deny" in the active voice: "was denied bail" and "denied him entry" refuse something, they dispute nothing. */
const DENY = /^den(?:y|ies|ied|ying)$/i;
const PASSIVE = /^(?:was|were|is|are|be|been|being|get|gets|got)$/;
const REFUSED_TO = /^(?:him|her|them|me|us|you|bail|entry|access|permission|parole|a|an)$/;

/**
 * True when a denying verb denies what follows it even without "that" or "reports" after it, as headlines put it:
 * "Kurds deny Gill Rosenberg was in Kobane", "Doctor denies selfie".
 */
function denies(claim: NormalizedClaim, text: string, start: number): boolean {
  if (!DENY.test(text)) return false;
  const at = claim.words.findIndex((w) => w.start === start);
  if (at < 0) return false;
  const before = claim.words[at - 1]?.lower ?? '';
  const after = claim.words[at + 1]?.lower ?? '';
  return !PASSIVE.test(before) && !REFUSED_TO.test(after);
}

/** The word that turns the refuting word at `start` around, or undefined. */
function turnedBy(claim: NormalizedClaim, start: number): number | undefined {
  const at = claim.words.findIndex((w) => w.start === start);
  return claim.words
    .slice(Math.max(0, at - TURN_WINDOW), Math.max(0, at))
    .find((w) => TURNS_AROUND.test(lexiconForm(w)))?.start;
}

/**
 * The words by which a claim disputes a report, each once: the refuting, denying and doubting words of the
 * stance lexicon and the refuting lexicon, without negators (a bare "not" is the negation rule's to read), vague
 * words, a denying verb whose object is no report, or a refuting word turned around ("no hoax").
 */
export function refutingWords(claim: NormalizedClaim): RefutingWord[] {
  return readRefuting(claim).words;
}

/** A claim's refuting words, and how many it turns around ("no hoax", "not fake"). */
export interface RefutingReading {
  words: RefutingWord[];
  turned: number;
}

// The stance model and the pair reading both ask, once per side of every pair judged: read each claim once.
const readings = new WeakMap<NormalizedClaim, RefutingReading>();

/** A claim's refuting words, and how many refuting words it turns around ("no hoax", "not fake"). */
export function readRefuting(claim: NormalizedClaim): RefutingReading {
  let reading = readings.get(claim);
  if (!reading) {
    reading = readAll(claim);
    readings.set(claim, reading);
  }
  return reading;
}

function readAll(claim: NormalizedClaim): RefutingReading {
  const found = new Map<number, RefutingWord>();
  // "denies hoax claims" turns the hoax around, and the denial with it: the speaker affirms the report.
  const turners = new Set<number>();
  let turned = 0;
  const add = (kind: RefutingKind, text: string, start: number, end: number) => {
    // One phrase once: "cast doubt" holds "doubt".
    if ([...found.values()].some((w) => start >= w.start && start < w.end)) return;
    if (TOO_VAGUE.has(text) || !isEvidence(text)) return;
    if (
      FRAME_VERBS.test(text) &&
      claim.denial === null &&
      !takesReport(claim, end) &&
      !denies(claim, text, start)
    )
      return;
    const turner = turnedBy(claim, start);
    if (turner !== undefined) {
      turners.add(turner);
      turned++;
      return;
    }
    // "Real or hoax?" only asks whether it is one: a word that calls a report false doubts it inside a question.
    const asked = kind === 'refute' && inQuestion(claim.text, end);
    found.set(start, { kind: asked ? 'doubt' : kind, text, start, end });
  };
  for (const hit of findStanceWords(claim.words)) {
    if (hit.group === 'refute' || hit.group === 'deny' || hit.group === 'doubt')
      add(hit.group, hit.text, hit.start, hit.end);
  }
  for (const hit of findRefuting(claim.words)) {
    add(FRAME_VERBS.test(hit.text) ? 'deny' : 'refute', hit.text, hit.start, hit.end);
  }
  // "No, …" before a negated clause calls the report false; the vague-word filter would drop its "no".
  const opener = debunkOpener(claim);
  if (opener) found.set(opener.start, { kind: 'refute', ...opener });
  const words = [...found.values()].filter((w) => !turners.has(w.start));
  return { words: words.sort((x, y) => x.start - y.start), turned };
}
