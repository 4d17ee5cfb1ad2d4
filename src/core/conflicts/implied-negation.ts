import type { NormalizedClaim } from '../claims/index.ts';
import { inflections } from '../claims/index.ts';
import data from './data/implied-negation.json';

function build(table: Record<string, readonly string[]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [word, negated] of Object.entries(table)) {
    const targets = new Set(negated.flatMap((w) => inflections(w)));
    for (const form of inflections(word)) map.set(form, targets);
  }
  return map;
}

const implied = build(data.words);

/**
 * The stems a claim denies without a negator, in clauses it does not negate: "the nurse skipped work" denies
 * "go" and "attend"; "the motion was rejected" denies "approve".
 */
export function impliedNegations(claim: NormalizedClaim): Set<string> {
  const out = new Set<string>();
  for (const w of claim.words) {
    if (claim.clauses[w.clause]?.negated) continue;
    for (const t of implied.get(w.stem) ?? []) out.add(t);
  }
  return out;
}

/**
 * True when one side negates a word the other side denies in a word of its own ("did not go to work" /
 * "skipped work", "did not attend" / "was absent"): the two say the same thing.
 */
export function negationsAgree(pos: NormalizedClaim, negatedStems: Iterable<string>): boolean {
  const denied = impliedNegations(pos);
  if (denied.size === 0) return false;
  for (const s of negatedStems) if (denied.has(s)) return true;
  return false;
}
