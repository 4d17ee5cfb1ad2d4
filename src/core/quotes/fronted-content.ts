import { readsAsClause, REPORT_CONFIDENCE } from './confidence.ts';
import { ownConfidence } from './score-quotes.ts';
import type { Quote } from './types.ts';

// How many cues inside one content are looked at: a sentence of news holds a few, and a hostile page that packs
// thousands into one sentence must not make the check quadratic.
const MAX_CUES_INSIDE = 16;

// A content opening with a participle ("Speaking Sunday on ABC’s “This Week,” Carson admitted that …") is an
// adverbial of the sentence, unless a finite verb of its own follows outside the quoted words.
const PARTICIPLE_OPENING = /^[A-Z][a-z]+ing\s/;
const QUOTED = /["“][^"“”]*["”]/g;

// Whether a reading is worth reporting on its own, before the readings around it are weighed.
type Worth = (q: Quote) => boolean;

const isFronted = (q: Quote) => q.kind !== 'direct' && !q.parts && q.end <= q.cue.start;

// A possessive is no verb: "ABC’s" is not "ABC is".
const POSSESSIVE = /['’]s\b/g;

// A mixed content whose words outside the quotation marks hold no verb: "Sunday on Fox News Channel’s “Sunday
// Morning Futures,” Rep." is the time and place of what the cue reports after it, not its content.
const verbless = (q: Quote) =>
  q.kind === 'mixed' && !readsAsClause(q.text.replace(QUOTED, ' ').replace(POSSESSIVE, ''));

const adverbialOpening = (q: Quote) =>
  PARTICIPLE_OPENING.test(q.text) && !readsAsClause(q.text.replace(QUOTED, ' ').replace(POSSESSIVE, ''));

// Words after a cue that open an adverbial ("said Tuesday in a statement that …"), not the cue's own clause.
const ADVERBIAL_WORDS =
  /^(?:in|on|at|to|during|after|before|last|this|earlier|later|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|again|also|twice|repeatedly|recently|publicly|privately|previously)\b/i;

// The words after a cue, to the end of its clause: the next comma or the sentence end. After "according to" they
// start past the source's closing comma ("according to its analysis, the NLD has won …").
function wordsAfterCue(text: string, q: Quote): { from: number; words: string } {
  let from = q.cue.end;
  if (q.cue.lemma === 'according to') {
    const comma = text.slice(from, from + 120).search(/[,.!?;\n]/);
    if (comma < 0 || text.charAt(from + comma) !== ',') return { from, words: '' };
    from += comma + 1;
  }
  const rest = text.slice(from, from + 300);
  const stop = rest.search(q.cue.lemma === 'according to' ? /[.!?;\n]/ : /[,.!?;\n]/);
  const words = stop < 0 ? rest : rest.slice(0, stop);
  const lead = words.length - words.trimStart().length;
  return { from: from + lead, words: words.trim() };
}

// A cue followed by a clause of its own ("he also accuses it of stealing jobs", "doubted voters would care",
// "admitted that the course name was wrong") reports that clause, not the words before it.
function cueTakesClause(words: string): boolean {
  // "…, according to a count by AP, but the senator has vowed …": a conjunction opens the next clause, not the cue's.
  if (/^(?:but|and|while|though|although|as|yet)\b/i.test(words)) return false;
  if (/^(?:that|he|she|they|we|I|there)\s/i.test(words)) return true;
  // "accuses their union of stalling the talks", "blamed Russia for stealing data": an accusation's own content.
  if (/^(?:\S+\s){1,4}?(?:of|for)\s+\S+ing\b/i.test(words)) return true;
  return !ADVERBIAL_WORDS.test(words) && words.split(/\s+/).length >= 2 && readsAsClause(words);
}

function firstCueAtOrAfter(cues: readonly Quote[], at: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.cue.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// True when a cue inside the content has a reading worth reporting: "Although he says he “loves China,” …, he also
// accuses …" holds the reading of "says".
// True when the cue lies inside the content of another reading worth reporting whose own cue stands between the
// content and this cue: in "P, though Mrs. Fiorina said she doubted voters would care", "doubted" is part of what
// she said, and P is nothing it reports.
function cueNested(quotes: readonly Quote[], q: Quote, worth: Worth): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start <= q.cue.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_OVERLAP_SCAN; k--) {
    const o = quotes[k]!;
    if (o === q || o.cue.start < q.end) continue;
    if (o.start <= q.cue.start && q.cue.end <= o.end && o.cue.end <= q.cue.start && worth(o)) return true;
  }
  return false;
}

function holdsReport(byCue: readonly Quote[], q: Quote, worth: Worth): boolean {
  const from = firstCueAtOrAfter(byCue, q.start);
  for (let k = from; k < byCue.length && k < from + MAX_CUES_INSIDE; k++) {
    const inner = byCue[k]!;
    if (inner.cue.start >= q.end) break;
    if (inner !== q && worth(inner)) return true;
  }
  return false;
}

// Where the clause after a cue stops: its sentence's end, or a contrast that opens another clause.
const CLAUSE_STOP = /,\s+(?:but|while|whereas|though|although)\s|;|\s[—–]\s/;
const TRAILING = /[\s,.;:!?—–]+$/u;
const MAX_OVERLAP_SCAN = 16;

// True when a reading worth reporting other than `skip` overlaps [start, end). Quotes are in text order.
function overlapsReported(
  quotes: readonly Quote[],
  skip: Quote,
  [start, end]: [number, number],
  worth: Worth,
): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid]!.start < end) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo - 1; k >= 0 && k >= lo - MAX_OVERLAP_SCAN; k--) {
    const o = quotes[k]!;
    if (o !== skip && o.end > start && worth(o)) return true;
  }
  return false;
}

// The reading of the clause after the cue, which the fronted reading took the wrong side for; null when another
// reading already covers it or it is too short to be a clause.
function readingAfter(
  text: string,
  q: Quote,
  quotes: readonly Quote[],
  sentenceEnd: number,
  worth: Worth,
): Quote | null {
  let { from } = wordsAfterCue(text, q);
  if (/^that\s/i.test(text.slice(from, from + 5))) from += 5;
  const rest = text.slice(from, sentenceEnd);
  const stop = rest.search(CLAUSE_STOP);
  const clause = (stop < 0 ? rest : rest.slice(0, stop)).replace(TRAILING, '');
  if (clause.split(/\s+/).length < 3) return null;
  const end = from + clause.length;
  if (overlapsReported(quotes, q, [from, end], worth)) return null;
  const plain = clause.replace(QUOTED, '');
  const kind = plain === clause ? 'indirect' : 'mixed';
  return { ...q, start: from, end, text: clause, kind, confidence: 0 };
}

/**
 * Drops readings of a content before its cue ("P, X said") that the sentence does not support, and reads the
 * clause after the cue instead when there is one. P is wrong when it is an adverbial opening the sentence
 * ("Speaking Sunday on ABC’s “This Week,” Carson admitted that …"), or when the cue has a clause of its own after
 * it and P is another cue's content ("Although he says he “loves China,” …, he also accuses it of …", "Win Htein
 * said that according to its analysis, the NLD has won …"). Only a reading worth reporting counts as another
 * cue's. Quotes must be in text order, before they are scored; `sentenceEnd` gives the end of the sentence holding
 * an offset.
 */
export function dropWrongFronted(
  text: string,
  quotes: Quote[],
  sentenceEnd: (offset: number) => number,
): Quote[] {
  if (!quotes.some(isFronted)) return quotes;
  const byCue = [...quotes].sort((a, b) => a.cue.start - b.cue.start);
  const own = new Map<Quote, number>();
  const worth: Worth = (o) => {
    let c = own.get(o);
    if (c === undefined) own.set(o, (c = ownConfidence(text, o)));
    return c >= REPORT_CONFIDENCE;
  };
  const kept: Quote[] = [];
  let moved = false;
  for (const q of quotes) {
    if (!isFronted(q)) {
      kept.push(q);
      continue;
    }
    if (cueNested(quotes, q, worth)) continue;
    const adverbial = adverbialOpening(q);
    if (!adverbial && !holdsReport(byCue, q, worth) && !verbless(q)) {
      kept.push(q);
      continue;
    }
    const clauseAfter = cueTakesClause(wordsAfterCue(text, q).words);
    if (!clauseAfter && !adverbial) kept.push(q);
    const after = clauseAfter ? readingAfter(text, q, quotes, sentenceEnd(q.cue.end), worth) : null;
    if (after) {
      kept.push(after);
      moved = true;
    }
  }
  return moved ? kept.sort((a, b) => a.start - b.start || b.end - a.end) : kept;
}
