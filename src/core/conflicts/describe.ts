import { isContentWord, type NormalizedClaim } from '../claims/index.ts';

const MAX_QUOTE = 90;

/** Who a sentence names for a side: the speaker as given, else "one source" / "the other". */
export function who(claim: NormalizedClaim, fallback: string): string {
  return claim.speakerName?.trim() || fallback;
}

/** A slice of a claim's text, trimmed and cut to a readable length at a word boundary. */
export function excerpt(claim: NormalizedClaim, start: number, end: number): string {
  const text = claim.text.slice(start, end).trim().replace(/\s+/g, ' ');
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.slice(0, MAX_QUOTE);
  const space = cut.lastIndexOf(' ');
  return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

/** Upper-cases the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The stems two claims share, which tell whether they speak of the same thing. */
export function sharedTerms(a: NormalizedClaim, b: NormalizedClaim): Set<string> {
  const inB = new Set(b.terms);
  return new Set(a.terms.filter((t) => inB.has(t)));
}

/** True when a word or phrase can be shown as evidence: a figure, or not only function words. */
export function isEvidence(text: string): boolean {
  return text
    .toLowerCase()
    .slice(0, 200)
    .split(/\s+/)
    .some((w) => /\p{N}/u.test(w) || isContentWord(w.replace(/[^\p{L}\p{N}'-]/gu, '')));
}

/** Who said a claim and where, as a reader is told it: "Donald Trump (The Ledger)", "The Ledger", or a fallback. */
export function source(claim: NormalizedClaim, fallback: string): string {
  const speaker = claim.speakerName?.trim();
  const outlet = claim.outlet?.trim();
  if (speaker && outlet) return `${speaker} (${outlet})`;
  return speaker || outlet || fallback;
}

/** The whole clause of a claim that holds a character offset, as written (never cut inside). */
export function clauseAt(claim: NormalizedClaim, offset: number): string {
  const clause = claim.clauses.find((c) => offset >= c.start && offset < c.end);
  const text = clause ? claim.text.slice(clause.start, clause.end) : claim.text;
  return text.trim().replace(/\s+/g, ' ');
}

/** The clauses of a claim from an offset to its end, whole, as one quotation ("Mr Putin had agreed to …"). */
export function restFrom(claim: NormalizedClaim, offset: number): string {
  // From the first word at or after the offset to the end of the last clause: no stray quote mark or full stop.
  const first = claim.words.find((w) => w.start >= offset);
  const last = claim.clauses[claim.clauses.length - 1];
  const start = first ? first.start : offset;
  const end = last ? last.end : claim.text.length;
  return claim.text.slice(start, Math.max(start, end)).trim().replace(/\s+/g, ' ');
}

/**
 * "Donald Trump (The Ledger): “…”": a side of a reason, naming who said it and quoting a whole clause (no verb
 * after the name, which may be one person or many).
 */
export function says(claim: NormalizedClaim, clause: string, fallback: string): string {
  return `${source(claim, fallback)}: “${clause}”`;
}

/** Outlet and speaker for a parenthesis ("Global Wire, Yuri Ushakov"), or a fallback. */
export function sourceList(claim: NormalizedClaim, fallback: string): string {
  const parts = [claim.outlet?.trim(), claim.speakerName?.trim()].filter((x): x is string => !!x);
  return parts.length > 0 ? parts.join(', ') : fallback;
}
