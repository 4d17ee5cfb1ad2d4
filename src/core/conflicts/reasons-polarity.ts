import type { ClaimWord, NormalizedClaim } from '../claims/index.ts';
import { capitalise, clauseAt, isEvidence, restFrom, says, sharedTerms } from './describe.ts';
import { countAlike } from './reason-point.ts';
import { meaningsOf } from './synonyms.ts';
import { negationsAgree } from './implied-negation.ts';
import { antonymsOf } from './lexicon.ts';
import { refutingWords, type RefutingWord } from './refuting-evidence.ts';
import type { Reason } from './types.ts';

function clauseText(claim: NormalizedClaim, index: number): string {
  const clause = claim.clauses[index];
  return clauseAt(claim, clause ? clause.start : 0);
}

/** Longest clause read for a negation that leaves the question open; claims are capped, this keeps it cheap. */
const MAX_CLAUSE_CHARS = 400;

/** A negation in a condition ("if he wasn't serious") or one that only withholds ("did not say when it would"). */
const OPEN_NEGATION =
  /^(?:and |but )?(?:if|unless|whether)\b|\b(?:not|n't) (?:say|said|tell|told|disclose|specify|reveal|comment on) (?:when|where|whether|how|who|why|if)\b/;

/**
 * True when a clause's negation denies nothing about the event: "may or may not hold", "whether or not",
 * "reasons not to give up", "if he were not serious", "did not say when it would take place".
 */
export function isOpenNegation(claim: NormalizedClaim, index: number): boolean {
  const clause = claim.clauses[index];
  if (!clause) return false;
  const end = Math.min(clause.end, clause.start + MAX_CLAUSE_CHARS);
  const text = claim.text.slice(clause.start, end).toLowerCase();
  return (
    /\bor (?:may |might |will |did |does |do |is |are )?not\b/.test(text) ||
    /\bnot to\b/.test(text) ||
    OPEN_NEGATION.test(text.replace(/[’']/g, "'"))
  );
}

/**
 * True when a negated clause speaks of the point the other claim makes: two of its words (or all of a short
 * clause's) are said on the other side too. "The stadium will not be ready" against "the stadium will seat
 * 40,000" share only the stadium, and are two points of one story.
 */
function onePoint(neg: NormalizedClaim, clause: number, pos: NormalizedClaim): boolean {
  const theirs = new Set<string>();
  for (const t of pos.terms) for (const m of meaningsOf(t)) theirs.add(m);
  const mine = new Set(neg.words.filter((w) => w.clause === clause && w.content).map((w) => w.stem));
  let shared = 0;
  for (const t of mine) if ([...meaningsOf(t)].some((m) => theirs.has(m))) shared++;
  return shared >= Math.min(2, mine.size);
}

function clauseStems(claim: NormalizedClaim, clause: number): Set<string> {
  return new Set(claim.words.filter((w) => w.clause === clause && w.content).map((w) => w.stem));
}

/**
 * The word negated on one side and said plainly on the other, in the two clauses that say most alike: "no one
 * spoke of an immediate ceasefire" answers "would immediately start negotiations toward a ceasefire", not "after he
 * spoke with Putin by telephone", though both say "spoke".
 */
function negatedPair(
  neg: NormalizedClaim,
  pos: NormalizedClaim,
  shared: ReadonlySet<string>,
): { hit: ClaimWord; match: ClaimWord } | null {
  let best: { hit: ClaimWord; match: ClaimWord; alike: number } | null = null;
  for (const hit of neg.words) {
    if (!shared.has(hit.stem) || !neg.clauses[hit.clause]?.negated || isOpenNegation(neg, hit.clause))
      continue;
    if (!onePoint(neg, hit.clause, pos)) continue;
    // "did not go to work" against "skipped work": the other side denies it in a word of its own.
    const negated = neg.words.filter((w) => w.clause === hit.clause).map((w) => w.stem);
    if (negationsAgree(pos, negated)) continue;
    // The other side must say the same thing without a negation anywhere near it.
    if (pos.words.some((w) => w.stem === hit.stem && pos.clauses[w.clause]?.negated)) continue;
    const mine = clauseStems(neg, hit.clause);
    for (const match of pos.words) {
      if (match.stem !== hit.stem) continue;
      const alike = countAlike(mine, clauseStems(pos, match.clause));
      if (!best || alike > best.alike) best = { hit, match, alike };
    }
  }
  return best;
}

/** The same thing said on one side and negated on the other ("start negotiations toward a ceasefire" / "not covered"). */
export function negationReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  const shared = sharedTerms(a, b);
  for (const [neg, pos, negIsA] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    // A side that denies it ("denied that troops crossed", or a quote its speaker denied) negates it too: against
    // "no troops crossed" they agree.
    if (pos.denial || pos.assertion.stance === 'deny') continue;
    const found = negatedPair(neg, pos, shared);
    if (!found) continue;
    const { hit, match } = found;
    const negText = clauseText(neg, hit.clause);
    const posText = clauseText(pos, match.clause);
    const text = `Said by ${says(pos, posText, 'one account')}; denied by ${says(neg, negText, 'the other')}.`;
    return { code: 'negation', text, a: negIsA ? negText : posText, b: negIsA ? posText : negText };
  }
  return null;
}

/** Opposite words about the same thing, with the same polarity (agree / refuse, rise / fall, win / lose). */
export function antonymReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (sharedTerms(a, b).size === 0 && !a.entities.some((e) => b.entities.some((f) => f.key === e.key)))
    return null;
  for (const wa of a.words) {
    const opposite = antonymsOf(wa.stem);
    if (opposite.size === 0) continue;
    for (const wb of b.words.filter((w) => opposite.has(w.stem))) {
      const reason = opposedAbout(a, wa, b, wb);
      if (reason) return reason;
    }
  }
  return null;
}

/** The reason two opposite words give, or null when they are not said of one thing in the same polarity. */
function opposedAbout(a: NormalizedClaim, wa: ClaimWord, b: NormalizedClaim, wb: ClaimWord): Reason | null {
  // "did not lose" and "won" agree: opposite words only clash when both are affirmed or both denied.
  if ((a.clauses[wa.clause]?.negated ?? false) !== (b.clauses[wb.clause]?.negated ?? false)) return null;
  // Opposite words clash only about one thing: "start negotiations" and "an end to the war" do not, their
  // clauses naming nothing alike besides the two words.
  const mine = clauseStems(a, wa.clause);
  const theirs = clauseStems(b, wb.clause);
  mine.delete(wa.stem);
  theirs.delete(wb.stem);
  if (countAlike(mine, theirs) === 0) return null;
  const text = `Opposite words, “${wa.text}” and “${wb.text}”: said by ${says(a, clauseText(a, wa.clause), 'one account')}; and by ${says(b, clauseText(b, wb.clause), 'the other')}.`;
  return { code: 'antonym', text, a: wa.text, b: wb.text };
}

/** The words of a claim that say what its speaker denies: the proposition after a frame, else the whole claim. */
function proposition(claim: NormalizedClaim): string {
  return restFrom(claim, claim.assertion.start);
}

/**
 * True when the other claim says what was denied: two words of the denied proposition, and two in five of them,
 * are said there too (or mean the same). A denial that Putin "agreed to begin ceasefire negotiations" is not
 * answered by "the president would brief European leaders", which shares only "president", nor by "if Moscow
 * has really agreed to start talking", a condition that asserts nothing.
 */
function speaksOfDenied(deny: NormalizedClaim, other: NormalizedClaim): boolean {
  const theirs = new Set<string>();
  for (const w of other.words) {
    if (!w.content || other.clauses[w.clause]?.condition) continue;
    for (const m of meaningsOf(w.stem)) theirs.add(m);
  }
  const mine = new Set(
    deny.words.filter((w) => w.content && w.start >= deny.assertion.start).map((w) => w.stem),
  );
  let shared = 0;
  for (const stem of mine) if ([...meaningsOf(stem)].some((m) => theirs.has(m))) shared++;
  return shared >= Math.min(2, mine.size) && shared * 5 >= mine.size * 2;
}

/**
 * One side denies what the other asserts: "The Kremlin denied that Putin agreed to a ceasefire" against "Putin
 * agreed to a ceasefire". Stances are compared, not words: deny P against assert P conflicts, deny P against
 * deny P (or against "Putin did not agree") agrees, so it gives no reason.
 */
export function denialCueReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  const da = a.assertion.stance === 'deny';
  const db = b.assertion.stance === 'deny';
  if (da === db || a.assertion.polarity === b.assertion.polarity) return null;
  const [deny, other] = da ? [a, b] : [b, a];
  if (!speaksOfDenied(deny, other)) return null;
  const denied = proposition(deny);
  const said = proposition(other);
  const verb = other.assertion.stance === 'hedge' ? 'suggested' : 'asserted';
  const text = `Denied by ${says(deny, denied, 'one account')}; ${verb} by ${says(other, said, 'the other')}.`;
  return { code: 'denial-cue', text, a: deny === a ? denied : said, b: deny === b ? denied : said };
}

/** Refuting phrases that say a subject was never taken up ("not discussed"): they dispute only claims about it. */
const NOT_TAKEN_UP = /^no(?:t)? (?:discuss|cover)/;

/**
 * True when a refuting word of `claim` can dispute `other`. "Not discussed" needs its clause to name what the
 * other says (two words alike): "the timeline of a ceasefire was not discussed" disputes nothing of "Mr Putin
 * really wanted to end the war", nor of "a memorandum first, before any ceasefire". Words that call a report false
 * ("hoax", "not true") dispute whatever it says.
 */
function disputesOther(claim: NormalizedClaim, other: NormalizedClaim, hit: RefutingWord): boolean {
  if (!NOT_TAKEN_UP.test(hit.text.toLowerCase())) return true;
  const theirs = new Set(other.words.filter((w) => w.content).map((w) => w.stem));
  const clause = claim.words.find((w) => w.start >= hit.start)?.clause;
  const subject = claim.words.filter(
    (w) => w.clause === clause && w.content && (w.start < hit.start || w.start >= hit.end),
  );
  const stems = new Set(subject.map((w) => w.stem));
  return countAlike(stems, theirs) >= Math.min(2, stems.size);
}

/**
 * A refuting word on one side only ("hoax", "fake", "denies", "casts doubt"; see refutingWords). Words the
 * stance model learned to lean against ("possible") are not reasons a reader can check: with them, story-split
 * cross-validation lost precision on both Emergent sets (claim vs headline 0.768 → 0.735, headline pairs 0.686 →
 * 0.653).
 */
export function refutingReason(
  a: NormalizedClaim,
  b: NormalizedClaim,
  found: readonly [RefutingWord[], RefutingWord[]] = [refutingWords(a), refutingWords(b)],
): Reason | null {
  const hitsA = [...new Set(found[0].filter((w) => disputesOther(a, b, w)).map((w) => w.text))];
  const hitsB = [...new Set(found[1].filter((w) => disputesOther(b, a, w)).map((w) => w.text))];
  if (hitsA.length > 0 === hitsB.length > 0) return null;
  const [side, words, other] = hitsA.length > 0 ? [a, hitsA, b] : [b, hitsB, a];
  const quoted = words
    .slice(0, 2)
    .map((w) => `“${w}”`)
    .join(' and ');
  const text = `Disputed (${quoted}) by ${says(side, restFrom(side, 0), 'one account')}; reported as so by ${says(other, restFrom(other, 0), 'the other')}.`;
  return {
    code: 'refuting-word',
    text,
    a: side === a ? words.join(', ') : '',
    b: side === b ? words.join(', ') : '',
  };
}

/** One side hedges ("could", "reportedly", "?") where the other is firm: not a conflict, but not agreement either. */
export function hedgeReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  if (a.hedges.length > 0 === b.hedges.length > 0) return null;
  const [side, other] = a.hedges.length > 0 ? [a, b] : [b, a];
  // A question mark hedges too, but a hedge word, when there is one, is what a reader should be shown.
  const shown = side.hedges.map((h) => h.text).filter(isEvidence);
  const words = shown.length > 0 ? shown.join(', ') : '?';
  const how = shown.length > 0 ? `only suggested (${words})` : 'only asked';
  const text = `${capitalise(how)} by ${says(side, restFrom(side, 0), 'one account')}; stated firmly by ${says(other, restFrom(other, 0), 'the other')}.`;
  return { code: 'hedge', text, a: side === a ? words : '', b: side === b ? words : '' };
}
