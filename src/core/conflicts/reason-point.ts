import type { NormalizedClaim } from '../claims/index.ts';
import { meaningsOf } from './synonyms.ts';
import type { Reason } from './types.ts';

/** Reasons whose two sides fill one slot of the event with two values ("two hours" / "an hour", "rose" / "fell"). */
const SLOT_RULES: ReadonlySet<Reason['code']> = new Set(['number', 'date', 'place', 'antonym']);

/** Fewest words (or meanings) the two clauses of a reason must say alike to be about one point. */
const MIN_ALIKE = 2;

/** The content stems of the clauses of a claim that hold a reason's words on that side, or null if not found. */
function clauseTerms(claim: NormalizedClaim, evidence: string): Set<string> | null {
  const words = evidence.trim();
  if (words === '') return null;
  const start = claim.text.indexOf(words);
  if (start < 0) return null;
  const end = start + words.length;
  const clauses = new Set(claim.clauses.flatMap((c, k) => (c.start < end && c.end > start ? [k] : [])));
  return new Set(claim.words.filter((w) => w.content && clauses.has(w.clause)).map((w) => w.stem));
}

/** How many stems of `mine` are said in `theirs`, in the same word or a word of the same meaning. */
export function countAlike(mine: ReadonlySet<string>, theirs: ReadonlySet<string>): number {
  const meanings = new Set<string>();
  for (const t of theirs) for (const m of meaningsOf(t)) meanings.add(m);
  let n = 0;
  for (const t of mine) if ([...meaningsOf(t)].some((m) => meanings.has(m))) n++;
  return n;
}

/**
 * The point of a reason read on the clauses that carry it: a long quote makes several points ("talks will start
 * immediately, after a call he described as a turning point"), and the clash is about the one its clauses make.
 * They are one point when they say at least two words alike (the two values of a count, date, place or
 * opposite word fill one slot and count as one), half of the shorter clause's words alike when `share` is asked,
 * and the longer clause says at most `maxOther` words besides. "A ceasefire is the result of an agreement, not
 * its starting point" shares only "start" with "immediately start negotiations toward a ceasefire": two points.
 */
export function onePointInClauses(
  a: NormalizedClaim,
  b: NormalizedClaim,
  reason: Reason,
  limits: { share: number; maxOther: number },
): boolean {
  const ta = clauseTerms(a, reason.a);
  const tb = clauseTerms(b, reason.b);
  if (!ta || !tb || ta.size === 0 || tb.size === 0) return false;
  const slot = SLOT_RULES.has(reason.code) ? 1 : 0;
  const alike = Math.min(countAlike(ta, tb), countAlike(tb, ta)) + slot;
  const shorter = Math.min(ta.size, tb.size) + slot;
  const other = Math.max(ta.size, tb.size) + slot - alike;
  return alike >= MIN_ALIKE && alike >= limits.share * shorter && other <= limits.maxOther;
}
