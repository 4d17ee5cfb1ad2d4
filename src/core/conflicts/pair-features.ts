import type { NormalizedClaim } from '../claims/index.ts';
import { sharedTerms } from './describe.ts';

/** How much two claims share: stems over the shorter claim's stems, and how many entities are shared. */
export function overlap(a: NormalizedClaim, b: NormalizedClaim): { terms: number; entities: number } {
  const shared = sharedTerms(a, b).size;
  const keys = new Set(a.entities.map((e) => e.key));
  const entities = b.entities.filter((e) => keys.has(e.key)).length;
  return { terms: shared / Math.max(1, Math.min(a.terms.length, b.terms.length)), entities };
}
