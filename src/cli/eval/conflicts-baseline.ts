import type { ClaimInput } from '../../core/claims/index.ts';
import { normalizeClaim } from '../../core/claims/index.ts';
import { findRefuting } from '../../core/conflicts/lexicon.ts';

const cache = new Map<string, boolean>();

function refutes(text: string): boolean {
  let hit = cache.get(text);
  if (hit === undefined) {
    hit = findRefuting(normalizeClaim({ text }).words).length > 0;
    if (cache.size < 50_000) cache.set(text, hit);
  }
  return hit;
}

/**
 * The plain refuting-word rule every learned judge must beat: a conflict when refuting words ("hoax", "not",
 * "denies") are on exactly one side.
 */
export function refutingRule(a: string | ClaimInput, b: string | ClaimInput): boolean {
  const ta = typeof a === 'string' ? a : a.text;
  const tb = typeof b === 'string' ? b : b.text;
  return refutes(ta) !== refutes(tb);
}
