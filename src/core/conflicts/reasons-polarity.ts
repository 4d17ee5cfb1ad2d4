import type { NormalizedClaim } from '../claims/normalize.ts';
import { capitalise, clauseAt, isEvidence, restFrom, says, sharedTerms, source } from './describe.ts';
import { sharedMeanings } from './synonyms.ts';
import { antonymsOf, findRefuting } from './lexicon.ts';
import type { Reason } from './types.ts';

function clauseText(claim: NormalizedClaim, index: number): string {
  const clause = claim.clauses[index];
  return clauseAt(claim, clause ? clause.start : 0);
}

/** Longest clause read for a negation that leaves the question open; claims are capped, this keeps it cheap. */
const MAX_CLAUSE_CHARS = 400;

/**
 * True when a clause's negation denies nothing about the event: "may or may not hold", "whether or not",
 * "reasons not to give up".
 */
export function isOpenNegation(claim: NormalizedClaim, index: number): boolean {
  const clause = claim.clauses[index];
  if (!clause) return false;
  const end = Math.min(clause.end, clause.start + MAX_CLAUSE_CHARS);
  const text = claim.text.slice(clause.start, end).toLowerCase();
  return /\bor (?:may |might |will |did |does |do |is |are )?not\b/.test(text) || /\bnot to\b/.test(text);
}

/** The same thing said on one side and negated on the other ("start negotiations toward a ceasefire" / "not covered"). */
export function negationReason(a: NormalizedClaim, b: NormalizedClaim): Reason | null {
  const shared = sharedTerms(a, b);
  for (const [neg, pos, negIsA] of [
    [a, b, true],
    [b, a, false],
  ] as const) {
    // A side that denies it ("denied that troops crossed") negates it too: against "no troops crossed" they agree.
    if (pos.denial) continue;
    const hit = neg.words.find(
      (w) => shared.has(w.stem) && neg.clauses[w.clause]?.negated && !isOpenNegation(neg, w.clause),
    );
    if (!hit) continue;
    // The other side must say the same thing without a negation anywhere near it.
    const match = pos.words.find((w) => w.stem === hit.stem && !pos.clauses[w.clause]?.negated);
    if (!match || pos.words.some((w) => w.stem === hit.stem && pos.clauses[w.clause]?.negated)) continue;
    const negText = clauseText(neg, hit.clause);
    const posText = clauseText(pos, match.clause);
    const text = `${capitalise(says(pos, posText, 'one account'))}; ${says(neg, negText, 'the other')}, denying it.`;
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
    const wb = b.words.find((w) => opposite.has(w.stem));
    if (!wb) continue;
    const negA = a.clauses[wa.clause]?.negated ?? false;
    const negB = b.clauses[wb.clause]?.negated ?? false;
    // "did not lose" and "won" agree: opposite words only clash when both are affirmed or both denied.
    if (negA !== negB) continue;
    const text = `${capitalise(says(a, clauseText(a, wa.clause), 'one account'))}; ${says(b, clauseText(b, wb.clause), 'the other')}: “${wa.text}” against “${wb.text}”.`;
    return { code: 'antonym', text, a: wa.text, b: wb.text };
  }
  return null;
}

/** The words of a claim that say what its speaker denies: the proposition after a frame, else the whole claim. */
function proposition(claim: NormalizedClaim): string {
  return restFrom(claim, claim.assertion.start);
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
  if (sharedMeanings(a, b).size === 0) return null;
  const [deny, other] = da ? [a, b] : [b, a];
  const denied = proposition(deny);
  const said = proposition(other);
  const verb = other.assertion.stance === 'hedge' ? 'suggests' : 'says';
  const text = `${capitalise(source(deny, 'one account'))} denies “${denied}”; ${source(other, 'the other')} ${verb} “${said}”.`;
  return { code: 'denial-cue', text, a: deny === a ? denied : said, b: deny === b ? denied : said };
}

/** A refuting word on one side only ("hoax", "fake", "denies"). */
export function refutingReason(
  a: NormalizedClaim,
  b: NormalizedClaim,
  extraA: string[],
  extraB: string[],
): Reason | null {
  const hitsA = [...new Set([...findRefuting(a.words).map((h) => h.text), ...extraA])].filter(isEvidence);
  const hitsB = [...new Set([...findRefuting(b.words).map((h) => h.text), ...extraB])].filter(isEvidence);
  if (hitsA.length > 0 === hitsB.length > 0) return null;
  const [side, words, other] = hitsA.length > 0 ? [a, hitsA, b] : [b, hitsB, a];
  const quoted = words
    .slice(0, 2)
    .map((w) => `“${w}”`)
    .join(' and ');
  const text = `${capitalise(source(side, 'one account'))} disputes it (${quoted}): “${restFrom(side, 0)}”; ${says(other, restFrom(other, 0), 'the other')}.`;
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
  const how = shown.length > 0 ? `only suggests it (${words})` : 'only asks it';
  const text = `${capitalise(source(side, 'one account'))} ${how}: “${restFrom(side, 0)}”; ${says(other, restFrom(other, 0), 'the other')}, firmly.`;
  return { code: 'hedge', text, a: side === a ? words : '', b: side === b ? words : '' };
}
