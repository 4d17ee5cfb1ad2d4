import type { NormalizedClaim } from '../claims/index.ts';

/**
 * Words that open a headline or a sentence by waving a report away before saying it is not so: "No, Banksy has
 * not been arrested", "Sorry, KFC isn't going to sell weed", "Relax, the star is not dead". Alone, "no" says nothing
 * ("No one in North Korea may share his name"); set off by a comma before a negated clause, it debunks the report.
 */
const OPENER =
  /^\s*(?:no|nope|sorry|relax|calm down(?: everyone)?|(?:every(?:body|one) )?relax|don['’]t (?:worry|panic))\s*(?:[,:!–—]|\.\s|-\s)/i;

/** The span of a debunking opener that a negated clause follows, or null. */
export function debunkOpener(claim: NormalizedClaim): { text: string; start: number; end: number } | null {
  const m = OPENER.exec(claim.text);
  if (!m) return null;
  const end = m[0].length;
  // The opener debunks only what the claim then says is not so ("Sorry - this page has been removed" debunks nothing).
  if (!claim.clauses.some((c) => c.negated && c.end > end)) return null;
  const text = m[0].trim().replace(/[\s,:!.–—-]+$/, '');
  const start = m[0].length - m[0].trimStart().length;
  return { text, start, end: start + text.length };
}
