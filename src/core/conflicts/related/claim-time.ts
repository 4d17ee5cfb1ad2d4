import type { Claim } from '../../claims/index.ts';

/** When a claim was said, as well as a store knows: its publication date when it parses, else when collected. */
export function claimTime(claim: Claim): number {
  const published = claim.source.published ? Date.parse(claim.source.published) : Number.NaN;
  return Number.isFinite(published) ? published : claim.collected;
}
